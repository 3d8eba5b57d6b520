/** A cart line as Medusa returns it (prices in euros, tax included). */
export type CartLine = {
  id: string
  title: string
  product_id: string
  product_handle?: string | null
  product_title?: string | null
  variant_id: string
  thumbnail?: string | null
  quantity: number
  unit_price: number
  total?: number | null
}

export type CommerceMode = "showcase" | "reservation" | "online"

export type LineSeller = {
  id: string
  name: string
  handle: string
  commerce_mode: CommerceMode
  pickup_deadline_hours?: number | null
  commune?: { slug: string } | null
}

export type CartGroup = {
  seller: LineSeller
  lines: CartLine[]
  subtotal: number
}

export type GroupedCart = {
  groups: CartGroup[]
  /** Paid now, online: the online establishments' lines. */
  onlineTotal: number
  /** Paid in store when collecting: the reservations. */
  inStoreTotal: number
  itemCount: number
}

const lineTotal = (line: CartLine) => line.total ?? line.unit_price * line.quantity

/** Rounds a sum of euro amounts to the cent, so 0.1 + 0.2 shows as 0.30. */
const cents = (value: number) => Math.round(value * 100) / 100

/**
 * Splits a cart the way checkout will: one group per establishment, in the
 * order their first line was added, each with its mode. A line whose product
 * has no known establishment is left out rather than guessed.
 */
export function groupCart(lines: CartLine[], sellerOf: (productId: string) => LineSeller | undefined): GroupedCart {
  const groups = new Map<string, CartGroup>()
  for (const line of lines) {
    const seller = sellerOf(line.product_id)
    if (!seller) {
      continue
    }
    const group = groups.get(seller.id) ?? { seller, lines: [], subtotal: 0 }
    group.lines.push(line)
    group.subtotal = cents(group.subtotal + lineTotal(line))
    groups.set(seller.id, group)
  }
  const all = [...groups.values()]
  const sum = (mode: CommerceMode) =>
    cents(all.filter((g) => g.seller.commerce_mode === mode).reduce((total, g) => total + g.subtotal, 0))
  return {
    groups: all,
    onlineTotal: sum("online"),
    inStoreTotal: sum("reservation"),
    itemCount: all.reduce((n, g) => n + g.lines.reduce((m, l) => m + l.quantity, 0), 0),
  }
}
