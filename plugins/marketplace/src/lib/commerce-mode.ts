import type { CommerceMode, SellerStatus } from "./seller-status"

export type ItemSeller = { name: string; commerce_mode: CommerceMode; status: SellerStatus }

/**
 * Why an establishment's product cannot go into a cart, or null when it can:
 * a showcase only shows, and only open establishments sell.
 */
export function cartRefusal(seller: ItemSeller): string | null {
  if (seller.status !== "open") {
    return `"${seller.name}" is not open on the platform: its products cannot be ordered`
  }
  if (seller.commerce_mode === "showcase") {
    return `"${seller.name}" only shows its products (showcase mode): they cannot be reserved or bought online`
  }
  return null
}
