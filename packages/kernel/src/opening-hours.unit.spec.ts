import { describe, expect, it } from "vitest"
import { emptyWeek, isOpenAt, isValidTime, nextOpening, type OpeningHours } from "./opening-hours"

/** A bakery: Tue–Sat 7:00–13:00 and 15:30–19:30, Sunday morning, closed Monday. */
const bakery: OpeningHours = {
  weekly: {
    ...emptyWeek(),
    tu: [{ open: "07:00", close: "13:00" }, { open: "15:30", close: "19:30" }],
    we: [{ open: "07:00", close: "13:00" }, { open: "15:30", close: "19:30" }],
    th: [{ open: "07:00", close: "13:00" }, { open: "15:30", close: "19:30" }],
    fr: [{ open: "07:00", close: "13:00" }, { open: "15:30", close: "19:30" }],
    sa: [{ open: "07:00", close: "19:30" }],
    su: [{ open: "07:30", close: "12:30" }],
  },
  exceptions: [
    { date: "2026-12-25", ranges: [], label: "Noël" },
    { date: "2026-12-24", ranges: [{ open: "07:00", close: "17:00" }], label: "Réveillon" },
  ],
}

/** A bar open past midnight on Friday. */
const bar: OpeningHours = {
  weekly: { ...emptyWeek(), fr: [{ open: "18:00", close: "02:00" }] },
  exceptions: [],
}

describe("isOpenAt (Europe/Paris)", () => {
  it("reads UTC instants in Paris winter time (UTC+1)", () => {
    // Tuesday 20 January 2026, 06:30 UTC = 07:30 in Paris.
    expect(isOpenAt(bakery, new Date("2026-01-20T06:30:00Z"))).toBe(true)
    expect(isOpenAt(bakery, new Date("2026-01-20T05:59:00Z"))).toBe(false)
    // 13:00 closes: the end of a range is excluded.
    expect(isOpenAt(bakery, new Date("2026-01-20T12:00:00Z"))).toBe(false)
  })

  it("reads UTC instants in Paris summer time (UTC+2)", () => {
    // Tuesday 16 June 2026, 05:30 UTC = 07:30 in Paris.
    expect(isOpenAt(bakery, new Date("2026-06-16T05:30:00Z"))).toBe(true)
    expect(isOpenAt(bakery, new Date("2026-06-16T04:59:00Z"))).toBe(false)
  })

  it("holds on the days the clocks change", () => {
    // Sunday 29 March 2026: 02:00 → 03:00. 07:30 Paris = 05:30 UTC.
    expect(isOpenAt(bakery, new Date("2026-03-29T05:30:00Z"))).toBe(true)
    expect(isOpenAt(bakery, new Date("2026-03-29T05:29:00Z"))).toBe(false)
    // Sunday 25 October 2026: 03:00 → 02:00. 07:30 Paris = 06:30 UTC.
    expect(isOpenAt(bakery, new Date("2026-10-25T06:30:00Z"))).toBe(true)
    expect(isOpenAt(bakery, new Date("2026-10-25T06:29:00Z"))).toBe(false)
  })

  it("applies dated exceptions before the weekly schedule", () => {
    // Friday 25 December 2026, 10:00 Paris: closed for Christmas.
    expect(isOpenAt(bakery, new Date("2026-12-25T09:00:00Z"))).toBe(false)
    // Thursday 24 December, 16:00 Paris: open without the lunch break.
    expect(isOpenAt(bakery, new Date("2026-12-24T15:00:00Z"))).toBe(true)
    expect(isOpenAt(bakery, new Date("2026-12-24T16:30:00Z"))).toBe(false)
  })

  it("keeps a range that runs past midnight open into the next day", () => {
    // Friday 23 January 2026: closed at 01:30 (Thursday has no late range), open at 19:00.
    expect(isOpenAt(bar, new Date("2026-01-23T00:30:00Z"))).toBe(false)
    expect(isOpenAt(bar, new Date("2026-01-23T18:00:00Z"))).toBe(true)
    // Saturday 24 January, 01:30 Paris: still Friday night's range; 02:00 closes.
    expect(isOpenAt(bar, new Date("2026-01-24T00:30:00Z"))).toBe(true)
    expect(isOpenAt(bar, new Date("2026-01-24T01:00:00Z"))).toBe(false)
  })
})

describe("nextOpening (Europe/Paris)", () => {
  it("finds the afternoon opening during the lunch break", () => {
    const next = nextOpening(bakery, new Date("2026-01-20T13:00:00Z"))
    expect(next?.toISOString()).toBe("2026-01-20T14:30:00.000Z")
  })

  it("skips a closed Monday", () => {
    // Monday 19 January 2026, noon Paris → Tuesday 07:00 Paris.
    expect(nextOpening(bakery, new Date("2026-01-19T11:00:00Z"))?.toISOString()).toBe(
      "2026-01-20T06:00:00.000Z"
    )
  })

  it("lands on the right UTC hour across the spring change", () => {
    // Saturday 28 March 2026 after closing → Sunday 29 March 07:30 CEST = 05:30 UTC.
    expect(nextOpening(bakery, new Date("2026-03-28T20:00:00Z"))?.toISOString()).toBe(
      "2026-03-29T05:30:00.000Z"
    )
  })

  it("lands on the right UTC hour across the autumn change", () => {
    // Saturday 24 October 2026 after closing → Sunday 25 October 07:30 CET = 06:30 UTC.
    expect(nextOpening(bakery, new Date("2026-10-24T19:00:00Z"))?.toISOString()).toBe(
      "2026-10-25T06:30:00.000Z"
    )
  })

  it("honours a closure exception and says null when it never opens", () => {
    // Thursday 24 December after 17:00 → Christmas closed → Saturday 26 December 07:00.
    expect(nextOpening(bakery, new Date("2026-12-24T17:00:00Z"))?.toISOString()).toBe(
      "2026-12-26T06:00:00.000Z"
    )
    expect(nextOpening({ weekly: emptyWeek(), exceptions: [] }, new Date())).toBeNull()
  })
})

describe("isValidTime", () => {
  it("accepts HH:MM and 24:00 only", () => {
    expect(["00:00", "09:30", "23:59", "24:00"].every(isValidTime)).toBe(true)
    expect(["9:30", "24:01", "12:60", "noon"].some(isValidTime)).toBe(false)
  })
})
