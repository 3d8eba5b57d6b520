import { describe, expect, it } from "vitest"
import { lastEnd, occurrences } from "./occurrences"

const weekly = {
  starts_at: "2026-10-14T17:00:00Z", // Wednesday 19:00 in Paris (CEST)
  ends_at: "2026-10-14T19:00:00Z",
  recurrence: { type: "weekly" as const, until: "2026-11-04" },
}

describe("event occurrences", () => {
  it("repeats weekly at the same Paris time across the October DST change", () => {
    const all = occurrences(weekly, new Date("2026-10-01Z"), new Date("2026-12-01Z"))
    expect(all.map((o) => o.starts_at.toISOString())).toEqual([
      "2026-10-14T17:00:00.000Z",
      "2026-10-21T17:00:00.000Z",
      "2026-10-28T18:00:00.000Z", // 19:00 CET
      "2026-11-04T18:00:00.000Z",
    ])
    expect(all[3].ends_at.toISOString()).toBe("2026-11-04T20:00:00.000Z")
  })

  it("keeps only occurrences overlapping the asked range", () => {
    const some = occurrences(weekly, new Date("2026-10-20T00:00:00Z"), new Date("2026-10-29T00:00:00Z"))
    expect(some).toHaveLength(2)
  })

  it("expands a list of days and knows when the event is over", () => {
    const market = {
      starts_at: "2026-12-05T09:00:00Z",
      ends_at: "2026-12-05T17:00:00Z",
      recurrence: { type: "dates" as const, dates: ["2026-12-12", "2026-12-19", "2026-12-05"] },
    }
    const all = occurrences(market, new Date("2026-12-01Z"), new Date("2027-01-01Z"))
    expect(all.map((o) => o.starts_at.toISOString().slice(0, 10))).toEqual(["2026-12-05", "2026-12-12", "2026-12-19"])
    expect(lastEnd(market).toISOString()).toBe("2026-12-19T17:00:00.000Z")
    expect(lastEnd({ ...market, recurrence: null }).toISOString()).toBe("2026-12-05T17:00:00.000Z")
  })
})
