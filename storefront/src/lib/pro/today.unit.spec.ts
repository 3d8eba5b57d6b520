import { describe, expect, it } from "vitest"
import { lastDaysTotals, reservationsToDo } from "./today"

describe("a merchant's day at a glance", () => {
  it("counts the reservations to confirm, to prepare and to hand over", () => {
    const statuses = ["requested", "requested", "confirmed", "ready", "collected", "declined"]
    expect(reservationsToDo(statuses.map((status) => ({ status })))).toEqual({ toConfirm: 2, toPrepare: 1, toHandOver: 1 })
    expect(reservationsToDo([])).toEqual({ toConfirm: 0, toPrepare: 0, toHandOver: 0 })
  })

  it("sums the last days of a period, each indicator apart", () => {
    const days = Array.from({ length: 30 }, (_, i) => ({ counts: { vitrine_view: i + 1, deal_claim: i % 2 } }))
    // Days 24 to 30: 24 + 25 + … + 30 views; claims on the odd indexes 23, 25, 27, 29.
    expect(lastDaysTotals(days, 7)).toEqual({ vitrine_view: 189, deal_claim: 4 })
    expect(lastDaysTotals(days.slice(0, 3), 7)).toEqual({ vitrine_view: 6, deal_claim: 1 })
    expect(lastDaysTotals([], 7)).toEqual({})
  })
})
