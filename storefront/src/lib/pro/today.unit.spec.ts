import { describe, expect, it } from "vitest"
import { lastDaysTotals, reservationsToDo, returnedProposals, stepsLeft } from "./today"

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

describe("what a merchant should read and finish", () => {
  const now = new Date("2026-11-28T10:00:00Z")
  const proposal = (status: string, reason: string | null, updated_at: string) => ({ id: `${status}-${updated_at}`, status, reason, updated_at })

  it("lists the proposals sent back with a reason in the last two weeks, newest first", () => {
    const cases = [
      proposal("rejected", "Photo floue", "2026-11-20T09:00:00Z"),
      proposal("changes_requested", "Précisez les horaires du dimanche", "2026-11-27T09:00:00Z"),
      proposal("rejected", "Trop ancien", "2026-11-01T09:00:00Z"),
      proposal("pending", null, "2026-11-27T10:00:00Z"),
      proposal("approved", "Parfait", "2026-11-27T11:00:00Z"),
      proposal("rejected", "  ", "2026-11-27T12:00:00Z"),
    ]
    expect(returnedProposals(cases, now).map((c) => c.reason)).toEqual(["Précisez les horaires du dimanche", "Photo floue"])
  })

  it("keeps the checklist's order for the steps left", () => {
    expect(stepsLeft({ profile: true, photos: false, hours: true, product: false }, ["profile", "photos", "hours", "product"])).toEqual(["photos", "product"])
    expect(stepsLeft({ profile: true }, ["profile"])).toEqual([])
  })
})
