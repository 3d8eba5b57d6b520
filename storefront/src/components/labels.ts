import type { Dictionary } from "@/lib/i18n/dictionaries"

/**
 * Texts handed from server components to client ones: plain strings only
 * (the dictionary's functions cannot cross to the browser). Here, not in the
 * client modules, so that server code can call them.
 */
export type AddToCartLabels = { quantity: string; add: string; added: string; seeCart: string }

export const addToCartLabels = (t: Dictionary): AddToCartLabels => ({
  quantity: t.shop.quantity,
  add: t.shop.addToCart,
  added: t.shop.added,
  seeCart: t.shop.seeCart,
})

export const searchBoxLabels = (t: Dictionary) => ({
  label: t.search.label,
  placeholder: t.search.placeholder,
  submit: t.search.submit,
  establishment: t.search.suggestionEstablishment,
  product: t.search.suggestionProduct,
})

/** How an establishment sells, in words (never a colour or an icon alone), with the pickup delay of reservations. */
export function commerceModeText(
  seller: { commerce_mode: "showcase" | "reservation" | "online"; pickup_deadline_hours?: number | null },
  t: Dictionary
): string {
  switch (seller.commerce_mode) {
    case "online":
      return t.shop.modeOnline
    case "reservation":
      return `${t.shop.modeReservation}. ${t.shop.pickupWithin(seller.pickup_deadline_hours ?? 48)}`
    default:
      return t.shop.showcaseOnly
  }
}
