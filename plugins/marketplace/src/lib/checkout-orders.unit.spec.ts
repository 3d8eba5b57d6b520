import { describe, expect, it } from "vitest"
import { orderOfGroup, reservationsFor } from "./checkout-orders"
import type { CheckoutGroup } from "./checkout-plan"

const group = (sellerId: string, mode: "reservation" | "online"): CheckoutGroup =>
  ({ seller: { id: sellerId, name: sellerId, pickup_deadline_hours: 48 }, mode, items: [] }) as unknown as CheckoutGroup

describe("orders created together", () => {
  // Medusa may return them in any order: each is found by the establishment in its metadata.
  const orders = [
    { id: "order_b", metadata: { seller_id: "sel_b" } },
    { id: "order_a", metadata: { seller_id: "sel_a" } },
  ]

  it("finds each group's order by its establishment, not by its position", () => {
    expect(orderOfGroup(orders, group("sel_a", "reservation")).id).toBe("order_a")
    expect(orderOfGroup(orders, group("sel_b", "online")).id).toBe("order_b")
  })

  it("refuses to guess when an establishment has no order", () => {
    expect(() => orderOfGroup(orders, group("sel_c", "online"))).toThrow("sel_c")
  })

  it("books a pickup for each reservation on that establishment's own order", () => {
    const now = new Date("2026-11-28T10:00:00Z")
    const booked = reservationsFor([group("sel_a", "reservation"), group("sel_b", "online")], orders, "og_1", "a@b.test", now)
    expect(booked).toEqual([expect.objectContaining({ order_id: "order_a", seller_id: "sel_a", group_id: "og_1" })])
  })
})
