import { describe, expect, it } from "vitest"
import { daysBetween, summarize } from "./summary"

describe("statistics summary", () => {
  it("lists every day of the period, across a month's end", () => {
    expect(daysBetween("2026-11-29", "2026-12-02")).toEqual(["2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"])
  })

  it("totals each indicator, fills days without events with zeros, and ranks search terms", () => {
    const summary = summarize(
      [
        { day: "2026-11-24", kind: "vitrine_view", count: 5, amount: 0 },
        { day: "2026-11-26", kind: "vitrine_view", count: 2, amount: 0 },
        { day: "2026-11-26", kind: "order", count: 2, amount: 30.5 },
        { day: "2026-11-26", kind: "search", count: 3, amount: 0 },
        { day: "2026-11-26", kind: "search", count: 2, amount: 0, detail: "pain" },
        { day: "2026-11-25", kind: "search", count: 1, amount: 0, detail: "fromage" },
        { day: "2026-11-26", kind: "search", count: 1, amount: 0, detail: "fromage" },
      ],
      "2026-11-24",
      "2026-11-26"
    )
    expect(summary.totals.vitrine_view).toEqual({ count: 7, amount: 0 })
    expect(summary.totals.order).toEqual({ count: 2, amount: 30.5 })
    expect(summary.totals.search.count).toBe(3)
    expect(summary.days.map((d) => d.counts.vitrine_view)).toEqual([5, 0, 2])
    expect(summary.top_searches).toEqual([
      { term: "fromage", count: 2 },
      { term: "pain", count: 2 },
    ])
  })
})
