import { describe, expect, it } from "vitest"
import { isoToParisLocal, parisDay, parisLocalToIso } from "./paris-time"

describe("Paris time", () => {
  it("reads a form's wall-clock time in Paris, winter and summer", () => {
    expect(parisLocalToIso("2026-12-05T18:30")).toBe("2026-12-05T17:30:00.000Z")
    expect(parisLocalToIso("2026-07-14T22:00")).toBe("2026-07-14T20:00:00.000Z")
  })

  it("keeps the right offset on both sides of a DST change", () => {
    expect(parisLocalToIso("2026-03-29T01:30")).toBe("2026-03-29T00:30:00.000Z")
    expect(parisLocalToIso("2026-03-29T03:30")).toBe("2026-03-29T01:30:00.000Z")
    expect(parisLocalToIso("2026-10-25T04:00")).toBe("2026-10-25T03:00:00.000Z")
  })

  it("refuses impossible dates, hours and the hour skipped in spring", () => {
    for (const bad of ["2026-02-30T10:00", "2026-12-05T25:00", "2026-03-29T02:30", "5 décembre", ""]) {
      expect(parisLocalToIso(bad)).toBeNull()
    }
  })

  it("turns an instant back into the value a Paris form shows", () => {
    expect(isoToParisLocal("2026-12-05T17:30:00.000Z")).toBe("2026-12-05T18:30")
    expect(isoToParisLocal(parisLocalToIso("2026-07-14T22:00")!)).toBe("2026-07-14T22:00")
  })

  it("gives the Paris day of an instant, which is not always the UTC day", () => {
    expect(parisDay("2026-12-05T23:30:00Z")).toBe("2026-12-06")
    expect(parisDay(new Date("2026-12-05T10:00:00Z"))).toBe("2026-12-05")
  })
})
