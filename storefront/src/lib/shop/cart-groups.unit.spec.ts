import { describe, expect, it } from "vitest"
import { groupCart, type CartLine, type LineSeller } from "./cart-groups"

const seller = (id: string, mode: LineSeller["commerce_mode"]): LineSeller => ({
  id,
  name: `Commerce ${id}`,
  handle: id,
  commerce_mode: mode,
})
const line = (id: string, product: string, quantity: number, unit: number): CartLine => ({
  id,
  title: id,
  product_id: product,
  variant_id: `v-${product}`,
  quantity,
  unit_price: unit,
})

describe("groupCart", () => {
  const sellers: Record<string, LineSeller> = {
    pain: seller("boulangerie", "reservation"),
    tarte: seller("boulangerie", "reservation"),
    fleurs: seller("fleuriste", "reservation"),
    cafe: seller("torrefacteur", "online"),
  }

  it("groups lines by establishment in the order they were added, with totals per payment moment", () => {
    const cart = groupCart(
      [line("l1", "pain", 2, 4.2), line("l2", "cafe", 1, 8.9), line("l3", "tarte", 1, 12), line("l4", "fleurs", 1, 29)],
      (product) => sellers[product]
    )
    expect(cart.groups.map((g) => [g.seller.id, g.lines.map((l) => l.id), g.subtotal])).toEqual([
      ["boulangerie", ["l1", "l3"], 20.4],
      ["torrefacteur", ["l2"], 8.9],
      ["fleuriste", ["l4"], 29],
    ])
    expect(cart.onlineTotal).toBe(8.9)
    expect(cart.inStoreTotal).toBe(49.4)
    expect(cart.itemCount).toBe(5)
  })

  it("adds euro amounts to the cent and prefers Medusa's line total when it has one", () => {
    const cart = groupCart(
      [line("a", "cafe", 1, 0.1), line("b", "cafe", 1, 0.2), { ...line("c", "cafe", 3, 1), total: 2.5 }],
      (product) => sellers[product]
    )
    expect(cart.groups[0].subtotal).toBe(2.8)
  })

  it("leaves out a line whose establishment is unknown instead of guessing one", () => {
    const cart = groupCart([line("x", "ghost", 1, 5)], (product) => sellers[product])
    expect(cart).toEqual({ groups: [], onlineTotal: 0, inStoreTotal: 0, itemCount: 0 })
  })
})
