import { describe, expect, it } from "vitest"
import { emptyWeek, isOpenAt, type OpeningHours } from "./opening-hours"
import { exceptionSlots, openAtKeys, slotAt, SLOTS_PER_WEEK, weeklyOpenSlots } from "./open-slots"

const hours = (weekly: Partial<OpeningHours["weekly"]>): OpeningHours => ({
  weekly: { ...emptyWeek(), ...weekly },
  exceptions: [],
})

describe("open slots", () => {
  it("lists the quarter-hours a shop is open, Monday 00:00 being slot 0", () => {
    const slots = weeklyOpenSlots(hours({ mo: [{ open: "09:00", close: "10:00" }] }))
    expect(slots).toEqual([36, 37, 38, 39])
  })

  it("keeps only quarter-hours entirely open", () => {
    expect(weeklyOpenSlots(hours({ tu: [{ open: "09:10", close: "10:20" }] }))).toEqual([96 + 37, 96 + 38, 96 + 39, 96 + 40])
  })

  it("carries a range past midnight into the next day, and Sunday night into Monday", () => {
    const slots = weeklyOpenSlots(hours({ su: [{ open: "23:00", close: "01:00" }] }))
    expect(slots).toEqual([0, 1, 2, 3, SLOTS_PER_WEEK - 4, SLOTS_PER_WEEK - 3, SLOTS_PER_WEEK - 2, SLOTS_PER_WEEK - 1])
  })

  it("reads the instant in Paris time, summer and winter", () => {
    // Monday 2026-07-06 08:00 UTC is 10:00 in Paris (UTC+2); 2026-01-05 09:00 UTC is 10:00 too (UTC+1).
    expect(slotAt(new Date("2026-07-06T08:00:00Z"))).toBe(40)
    expect(slotAt(new Date("2026-01-05T09:00:00Z"))).toBe(40)
    // Sunday 2026-03-29, the night clocks go forward: 01:30 UTC is 03:30 in Paris.
    expect(slotAt(new Date("2026-03-29T01:30:00Z"))).toBe(6 * 96 + 14)
  })

  it("agrees with the opening-hours reader on quarter-hour boundaries", () => {
    const week = hours({
      mo: [{ open: "09:00", close: "12:30" }, { open: "14:00", close: "19:00" }],
      fr: [{ open: "18:00", close: "02:00" }],
      sa: [{ open: "10:00", close: "18:45" }],
    })
    const slots = new Set(weeklyOpenSlots(week))
    // Every quarter-hour of a summer week and of a winter week.
    for (const start of ["2026-07-06T00:00:00+02:00", "2026-01-05T00:00:00+01:00"]) {
      for (let q = 0; q < SLOTS_PER_WEEK; q++) {
        const at = new Date(new Date(start).getTime() + q * 15 * 60_000)
        expect(slots.has(slotAt(at)), at.toISOString()).toBe(isOpenAt(week, at))
      }
    }
  })

  it("with exceptions, the search filter's reading agrees with the opening-hours reader", () => {
    const week: OpeningHours = {
      weekly: {
        ...emptyWeek(),
        mo: [{ open: "09:00", close: "12:30" }, { open: "14:00", close: "19:00" }],
        tu: [{ open: "09:00", close: "19:00" }],
        fr: [{ open: "18:00", close: "02:00" }],
        sa: [{ open: "10:00", close: "18:45" }],
      },
      exceptions: [
        // A week's closure starting on a Saturday: Friday's night still runs into it.
        { date: "2026-08-08", until: "2026-08-14", ranges: [], label: "Fermeture annuelle" },
        // Special hours that run past midnight into an ordinary Sunday.
        { date: "2026-08-15", ranges: [{ open: "20:00", close: "03:00" }] },
        // Over before "today": left out of the document.
        { date: "2026-07-01", ranges: [] },
      ],
    }
    const weekly = new Set(weeklyOpenSlots(week))
    const dated = exceptionSlots(week, "2026-08-01")
    const days = new Set(dated.days)
    const slots = new Set(dated.slots)
    // What the engine is asked: (weekly slot and not an exception day) or a dated slot.
    const matches = (at: Date) => {
      const keys = openAtKeys(at)
      return (weekly.has(keys.slot) && !days.has(keys.day)) || slots.has(keys.datedSlot)
    }
    let open = 0
    for (let q = 0; q < 3 * SLOTS_PER_WEEK; q++) {
      const at = new Date(new Date("2026-08-03T00:00:00+02:00").getTime() + q * 15 * 60_000)
      expect(matches(at), at.toISOString()).toBe(isOpenAt(week, at))
      if (matches(at)) open++
    }
    expect(open).toBeGreaterThan(100)
    expect(dated.days).toHaveLength(9) // 8–15 August and the 16th
  })
})
