import { describe, expect, it } from "vitest"
import { emptyWeek } from "@enjoy/kernel"
import { openingState } from "./opening-state"

const hours = { weekly: { ...emptyWeek(), mo: [{ open: "09:00", close: "18:00" }] }, exceptions: [] }

describe("openingState", () => {
  it("says open, or when it opens next", () => {
    // Monday 19 January 2026, 10:00 Paris.
    expect(openingState(hours, new Date("2026-01-19T09:00:00Z"))).toEqual({
      is_open_now: true,
      next_opening: null,
    })
    expect(openingState(hours, new Date("2026-01-19T18:00:00Z"))).toEqual({
      is_open_now: false,
      next_opening: "2026-01-26T08:00:00.000Z",
    })
  })

  it("says nothing when the hours are unknown", () => {
    expect(openingState(null, new Date())).toEqual({ is_open_now: null, next_opening: null })
  })
})
