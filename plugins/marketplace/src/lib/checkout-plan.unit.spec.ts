import { describe, expect, it } from "vitest"
import { type CheckoutCartItem, type CheckoutSeller, onlineTotal, orderItemFromCartItem, planCheckout } from "./checkout-plan"

const seller = (id: string, commerce_mode: CheckoutSeller["commerce_mode"], status: CheckoutSeller["status"] = "open") => ({
  id,
  name: `Maison ${id}`,
  commerce_mode,
  status,
  pickup_deadline_hours: 48,
})

const item = (id: string, s: CheckoutSeller | null, unit_price = 10, quantity = 1): CheckoutCartItem => ({
  id,
  title: `Article ${id}`,
  quantity,
  unit_price,
  variant_id: `variant_${id}`,
  product: { seller: s },
})

describe("planCheckout", () => {
  it("makes one group per establishment, keeping the order the shopper added them", () => {
    const a = seller("a", "reservation")
    const b = seller("b", "online")
    const plan = planCheckout({
      id: "cart",
      email: "lea@exemple.test",
      items: [item("1", a, 4.5, 2), item("2", b, 12), item("3", a, 1)],
    })
    expect("groups" in plan && plan.groups.map((g) => [g.seller.id, g.mode, g.items.map((i) => i.id), g.total])).toEqual([
      ["a", "reservation", ["1", "3"], 10],
      ["b", "online", ["2"], 12],
    ])
    expect("groups" in plan && onlineTotal(plan.groups)).toBe(12)
  })

  it("explains in French why a cart cannot be checked out", () => {
    const open = seller("a", "reservation")
    expect(planCheckout({ id: "c", email: "x@y.test", items: [] })).toEqual({ error: "Le panier est vide" })
    expect(planCheckout({ id: "c", items: [item("1", open)] })).toEqual({
      error: "Indiquez une adresse e-mail pour recevoir la confirmation",
    })
    expect(planCheckout({ id: "c", email: "x@y.test", completed_at: new Date(), items: [item("1", open)] })).toEqual({
      error: "Ce panier a déjà été validé",
    })
    expect(planCheckout({ id: "c", email: "x@y.test", items: [item("1", null)] })).toEqual({
      error: "« Article 1 » n'est proposé par aucun établissement de la plateforme",
    })
    const suspended = planCheckout({ id: "c", email: "x@y.test", items: [item("1", seller("s", "online", "suspended"))] })
    expect("error" in suspended && suspended.error).toContain("n'est pas ouvert")
    const showcase = planCheckout({ id: "c", email: "x@y.test", items: [item("1", seller("v", "showcase"))] })
    expect("error" in showcase && showcase.error).toContain("vitrine")
  })

  it("uses the computed line total (discounts, taxes) when the cart has it", () => {
    const plan = planCheckout({ id: "c", email: "x@y.test", items: [{ ...item("1", seller("a", "online"), 10, 2), total: 18 }] })
    expect("groups" in plan && plan.groups[0].total).toBe(18)
  })
})

describe("orderItemFromCartItem", () => {
  it("copies the cart's snapshot and remembers the cart line", () => {
    const line = orderItemFromCartItem({
      ...item("li_1", null, 3.2, 2),
      product_title: "Pain de campagne",
      tax_lines: [{ id: "tl", code: "TVA", rate: 5.5, description: "TVA réduite", tax_rate_id: "tr", provider_id: "p" }],
    })
    expect(line).toMatchObject({ title: "Article li_1", quantity: 2, unit_price: 3.2, product_title: "Pain de campagne" })
    expect(line.metadata).toEqual({ cart_line_item_id: "li_1" })
    expect(line.tax_lines).toEqual([{ code: "TVA", rate: 5.5, description: "TVA réduite", tax_rate_id: "tr", provider_id: "p" }])
  })
})
