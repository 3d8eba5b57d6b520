import { describe, expect, it } from "vitest"
import { isBot, normalizeSearchTerm } from "./audience"

describe("audience measurement", () => {
  it("leaves out crawlers, previewers and requests without a user agent", () => {
    expect(isBot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).toBe(true)
    expect(isBot("facebookexternalhit/1.1")).toBe(true)
    expect(isBot("Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0")).toBe(true)
    expect(isBot(undefined)).toBe(true)
    expect(isBot("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Version/18.1 Mobile Safari/604.1")).toBe(false)
  })

  it("counts searches by their normalized terms", () => {
    expect(normalizeSearchTerm("  Crème   BRÛLÉE ")).toBe("creme brulee")
    expect(normalizeSearchTerm("x".repeat(100))).toHaveLength(60)
  })

  it("never counts what looks like a person's data", () => {
    expect(normalizeSearchTerm("marie.dupont@exemple.fr")).toBeNull()
    expect(normalizeSearchTerm("06 12 34 56 78")).toBeNull()
    expect(normalizeSearchTerm("   ")).toBeNull()
    expect(normalizeSearchTerm("boulangerie 59000")).toBe("boulangerie 59000")
  })
})
