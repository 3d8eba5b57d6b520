import "server-only"
import { getLocale } from "next-intl/server"
import { medusa } from "../medusa"
import { CART_COOKIE, dropCookie, readCookie, writeCookie } from "../session"
import { isNotFound, visitorFetch } from "../store-api"
import { groupCart, type CartLine, type GroupedCart, type LineSeller } from "./cart-groups"

export type Cart = {
  id: string
  email: string | null
  completed_at: string | null
  items: CartLine[]
}

const SELLER_FIELDS = ["id", "name", "handle", "commerce_mode", "pickup_deadline_hours", "commune.slug"]

/** The region every price is in: the platform sells in France, in euros. */
export async function franceRegionId(): Promise<string> {
  const { regions } = await medusa().client.fetch<{ regions: { id: string; currency_code: string }[] }>(
    "/store/regions",
    { query: { fields: "id,currency_code", limit: 10 }, next: { revalidate: 3600, tags: ["regions"] } }
  )
  const region = regions.find((r) => r.currency_code === "eur")
  if (!region) {
    throw new Error("No euro region: run `npm run seed`")
  }
  return region.id
}

/** This visitor's open cart, or null (none yet, already checked out, or gone). */
export async function currentCart(): Promise<Cart | null> {
  const id = await readCookie(CART_COOKIE)
  if (!id) {
    return null
  }
  try {
    const { cart } = await visitorFetch<{ cart: Cart }>(`/store/carts/${id}`)
    return cart.completed_at ? null : cart
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
}

/** Who sells each product of the cart (the checkout splits on it). */
async function sellersOf(productIds: string[]): Promise<Map<string, LineSeller>> {
  if (!productIds.length) {
    return new Map()
  }
  const { products } = await visitorFetch<{ products: { id: string; seller?: LineSeller }[] }>("/store/products", {
    query: { id: productIds, fields: ["id", ...SELLER_FIELDS.map((f) => `seller.${f}`)].join(","), limit: productIds.length },
  })
  return new Map(products.filter((p) => p.seller).map((p) => [p.id, p.seller!]))
}

/** The cart split by establishment, as the cart page and checkout show it. */
export async function groupedCart(cart: Cart | null): Promise<GroupedCart> {
  const lines = cart?.items ?? []
  const sellers = await sellersOf([...new Set(lines.map((l) => l.product_id))])
  return groupCart(lines, (productId) => sellers.get(productId))
}

/** Adds units of a variant, creating the cart (tied to the signed-in shopper, if any) on the first one. */
export async function addLine(variantId: string, quantity: number): Promise<void> {
  const cart = await currentCart()
  if (cart) {
    await visitorFetch(`/store/carts/${cart.id}/line-items`, {
      method: "POST",
      body: { variant_id: variantId, quantity },
    })
    return
  }
  const { cart: created } = await visitorFetch<{ cart: Cart }>("/store/carts", {
    method: "POST",
    // The cart's language becomes its orders': the e-mails about them are written in it.
    body: { region_id: await franceRegionId(), locale: await getLocale(), items: [{ variant_id: variantId, quantity }] },
  })
  await writeCookie(CART_COOKIE, created.id, 30)
}

export async function setLineQuantity(lineId: string, quantity: number): Promise<void> {
  const cart = await currentCart()
  if (!cart) {
    return
  }
  if (quantity <= 0) {
    await visitorFetch(`/store/carts/${cart.id}/line-items/${lineId}`, { method: "DELETE" })
  } else {
    await visitorFetch(`/store/carts/${cart.id}/line-items/${lineId}`, { method: "POST", body: { quantity } })
  }
}

/** After checkout the cart is spent: the next "add" starts a new one. */
export async function forgetCart(): Promise<void> {
  await dropCookie(CART_COOKIE)
}
