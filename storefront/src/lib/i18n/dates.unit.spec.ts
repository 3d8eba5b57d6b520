import { describe, expect, it } from "vitest"
import { formatDateTime, formatDay, formatLastDay, formatWhen } from "./dates"

describe("dates in Paris time", () => {
  it("say the day of an instant as Paris sees it, not UTC", () => {
    // 23:30 UTC on 3 December is already the 4th in Paris (UTC+1 in winter).
    expect(formatDay("2026-12-03T23:30:00Z", "fr")).toBe("4 décembre")
  })

  it("end a period the day before its exclusive end", () => {
    expect(formatLastDay("2026-12-03T23:00:00Z", "fr")).toBe("3 décembre")
    expect(formatLastDay("2026-07-14T22:00:00Z", "en")).toBe("14 July")
  })

  it("give appointments with their weekday and time, across daylight saving", () => {
    expect(formatWhen("2026-11-28T15:41:00Z", "fr")).toBe("samedi 28 novembre à 16:41")
    expect(formatWhen("2026-06-27T15:41:00Z", "fr")).toBe("samedi 27 juin à 17:41")
  })

  it("date what happened with the year", () => {
    expect(formatDateTime("2026-11-26T15:41:00Z", "fr")).toBe("26 novembre 2026 à 16:41")
  })
})
