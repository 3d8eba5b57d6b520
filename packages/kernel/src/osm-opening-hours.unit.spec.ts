import { DateTime } from "luxon"
import opening_hours from "opening_hours"
import { describe, expect, it } from "vitest"
import { emptyWeek, isOpenAt, type OpeningHours } from "./opening-hours"
import { PARIS } from "./paris-time"
import {
  InvalidOpeningHoursError,
  toOsmOpeningHours,
  weeklyFromOsmOpeningHours,
} from "./osm-opening-hours"

const morningAndAfternoon = [
  { open: "07:00", close: "13:00" },
  { open: "15:30", close: "19:30" },
]

const bakery: OpeningHours = {
  weekly: {
    ...emptyWeek(),
    tu: morningAndAfternoon,
    we: morningAndAfternoon,
    th: morningAndAfternoon,
    fr: morningAndAfternoon,
    sa: [{ open: "07:00", close: "19:30" }],
    su: [{ open: "07:30", close: "12:30" }],
  },
  exceptions: [
    { date: "2026-12-25", ranges: [], label: "Noël" },
    { date: "2026-12-24", ranges: [{ open: "07:00", close: "17:00" }] },
  ],
}

describe("toOsmOpeningHours", () => {
  it("groups identical days and writes exceptions as dated rules", () => {
    expect(toOsmOpeningHours(bakery)).toBe(
      'Tu-Fr 07:00-13:00,15:30-19:30; Sa 07:00-19:30; Su 07:30-12:30; 2026 Dec 24 07:00-17:00; 2026 Dec 25 off "Noël"'
    )
    expect(toOsmOpeningHours({ weekly: emptyWeek(), exceptions: [] })).toBe("off")
  })

  it("agrees with the opening_hours library at every quarter hour over weeks with DST changes and holidays", () => {
    const osm = new opening_hours(toOsmOpeningHours(bakery), {
      lat: 50.63,
      lon: 3.06,
      address: { country_code: "fr", state: "Hauts-de-France" },
    })
    const periods = [
      ["2026-03-23", "2026-04-01"],
      ["2026-10-19", "2026-10-28"],
      ["2026-12-21", "2026-12-28"],
    ]
    let checked = 0
    for (const [from, to] of periods) {
      let t = DateTime.fromISO(`${from}T00:15`, { zone: PARIS })
      const end = DateTime.fromISO(`${to}T00:00`, { zone: PARIS })
      while (t < end) {
        // The library reads wall-clock time from a naive local Date.
        const wall = new Date(t.year, t.month - 1, t.day, t.hour, t.minute)
        expect([t.toISO(), isOpenAt(bakery, t.toJSDate())]).toEqual([t.toISO(), osm.getState(wall)])
        checked++
        t = t.plus({ minutes: 15 })
      }
    }
    expect(checked).toBeGreaterThan(2_000)
  })
})

describe("closures over several days", () => {
  const closing: OpeningHours = {
    ...bakery,
    exceptions: [
      { date: "2026-07-29", until: "2026-08-18", ranges: [], label: "Fermeture annuelle" },
      { date: "2026-08-19", ranges: [{ open: "09:00", close: "12:00" }], label: "Réouverture" },
    ],
  }

  it("writes a date range as one dated rule, across months", () => {
    expect(toOsmOpeningHours(closing)).toBe(
      'Tu-Fr 07:00-13:00,15:30-19:30; Sa 07:00-19:30; Su 07:30-12:30; 2026 Jul 29-2026 Aug 18 off "Fermeture annuelle"; 2026 Aug 19 09:00-12:00 open "Réouverture"'
    )
  })

  it("agrees with the opening_hours library before, during and after the closure", () => {
    const osm = new opening_hours(toOsmOpeningHours(closing), {
      lat: 50.63,
      lon: 3.06,
      address: { country_code: "fr", state: "Hauts-de-France" },
    })
    let t = DateTime.fromISO("2026-07-26T00:15", { zone: PARIS })
    const end = DateTime.fromISO("2026-08-23T00:00", { zone: PARIS })
    let open = 0
    while (t < end) {
      const wall = new Date(t.year, t.month - 1, t.day, t.hour, t.minute)
      expect([t.toISO(), isOpenAt(closing, t.toJSDate())]).toEqual([t.toISO(), osm.getState(wall)])
      if (isOpenAt(closing, t.toJSDate())) open++
      t = t.plus({ minutes: 15 })
    }
    // Open on the days around the closure only: 3 days before, the morning after, 3 days after.
    expect(open).toBeGreaterThan(50)
    expect(isOpenAt(closing, DateTime.fromISO("2026-08-07T10:00", { zone: PARIS }).toJSDate())).toBe(false)
  })
})

describe("weeklyFromOsmOpeningHours", () => {
  it("reads a typical shop's hours", () => {
    expect(weeklyFromOsmOpeningHours("Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00")).toEqual({
      mo: [{ open: "09:00", close: "12:00" }, { open: "14:00", close: "18:30" }],
      tu: [{ open: "09:00", close: "12:00" }, { open: "14:00", close: "18:30" }],
      we: [{ open: "09:00", close: "12:00" }, { open: "14:00", close: "18:30" }],
      th: [{ open: "09:00", close: "12:00" }, { open: "14:00", close: "18:30" }],
      fr: [{ open: "09:00", close: "12:00" }, { open: "14:00", close: "18:30" }],
      sa: [{ open: "09:00", close: "12:00" }],
      su: [],
    })
  })

  it("keeps a night past midnight as one range", () => {
    const week = weeklyFromOsmOpeningHours("Fr-Sa 18:00-02:00")
    expect(week.fr).toEqual([{ open: "18:00", close: "02:00" }])
    expect(week.sa).toEqual([{ open: "18:00", close: "02:00" }])
    expect(week.su).toEqual([])
  })

  it("round-trips our own weekly output", () => {
    expect(weeklyFromOsmOpeningHours(toOsmOpeningHours({ ...bakery, exceptions: [] }))).toEqual(bakery.weekly)
  })

  it("refuses what is not an opening_hours value", () => {
    expect(() => weeklyFromOsmOpeningHours("ouvert tous les jours sauf lundi")).toThrow(
      InvalidOpeningHoursError
    )
  })
})
