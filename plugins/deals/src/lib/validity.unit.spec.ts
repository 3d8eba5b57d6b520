import { describe, expect, it } from "vitest"
import { canMoveDeal, claimRefusal, merchantStatusRefusal, isWithinWindow, redemptionRefusal, validityWindow } from "./validity"

describe("validity window in Paris time", () => {
  it("runs from midnight of the first day to midnight after the last, across the October DST change", () => {
    const window = validityWindow("2026-10-24", "2026-10-25")
    expect(window.starts_at.toISOString()).toBe("2026-10-23T22:00:00.000Z") // CEST, UTC+2
    expect(window.ends_at.toISOString()).toBe("2026-10-25T23:00:00.000Z") // CET, UTC+1
    expect(isWithinWindow(window, new Date("2026-10-25T22:59:59Z"))).toBe(true)
    expect(isWithinWindow(window, new Date("2026-10-25T23:00:00Z"))).toBe(false)
    expect(isWithinWindow(window, new Date("2026-10-23T21:59:59Z"))).toBe(false)
  })

  it("handles the March change and refuses reversed dates", () => {
    const window = validityWindow("2026-03-29", "2026-03-29")
    expect(window.starts_at.toISOString()).toBe("2026-03-28T23:00:00.000Z")
    expect(window.ends_at.toISOString()).toBe("2026-03-29T22:00:00.000Z")
    expect(() => validityWindow("2026-03-29", "2026-03-28")).toThrow("The last day comes before the first")
  })
})

describe("deal rules", () => {
  const deal = { status: "published" as const, ...validityWindow("2026-12-01", "2026-12-31"), quota: 10, per_shopper_limit: 1 }
  const during = new Date("2026-12-15T12:00:00Z")

  it("moves draft → pending → published → paused | expired", () => {
    expect(canMoveDeal("draft", "pending")).toBe(true)
    expect(canMoveDeal("published", "paused")).toBe(true)
    expect(canMoveDeal("paused", "published")).toBe(true)
    expect(canMoveDeal("expired", "published")).toBe(false)
    expect(canMoveDeal("pending", "paused")).toBe(false)
  })

  it("lets a merchant pause and resume, and publish only by submitting", () => {
    expect(merchantStatusRefusal("published", "paused")).toBeNull()
    expect(merchantStatusRefusal("paused", "published")).toBeNull()
    expect(merchantStatusRefusal("draft", "published")).toContain("Soumettez le brouillon")
    expect(merchantStatusRefusal("expired", "paused")).toBe("Seul un bon plan publié se met en pause")
  })

  it("refuses claims outside the window, beyond the quota or the shopper's limit, in French", () => {
    expect(claimRefusal(deal, { total: 0, by_shopper: 0 }, during)).toBeNull()
    expect(claimRefusal(deal, { total: 10, by_shopper: 0 }, during)).toBe("Ce bon plan est épuisé")
    expect(claimRefusal(deal, { total: 1, by_shopper: 1 }, during)).toBe("Vous avez déjà profité de ce bon plan")
    expect(claimRefusal({ ...deal, per_shopper_limit: 2 }, { total: 2, by_shopper: 2 }, during)).toBe(
      "Vous avez déjà profité 2 fois de ce bon plan"
    )
    expect(claimRefusal(deal, { total: 0, by_shopper: 0 }, new Date("2027-01-01T00:00:00Z"))).toBe("Ce bon plan est terminé")
    expect(claimRefusal({ ...deal, status: "paused" }, { total: 0, by_shopper: 0 }, during)).toBe("Ce bon plan est en pause")
    expect(claimRefusal({ ...deal, quota: null }, { total: 5000, by_shopper: 0 }, during)).toBeNull()
  })

  it("redeems a claim once, inside the window, unless the deal is paused", () => {
    expect(redemptionRefusal({ status: "claimed" }, deal, during)).toBeNull()
    expect(redemptionRefusal({ status: "redeemed" }, deal, during)).toBe("Ce code a déjà été utilisé")
    expect(redemptionRefusal({ status: "claimed" }, { ...deal, status: "paused" }, during)).toBe("Ce bon plan est en pause")
    expect(redemptionRefusal({ status: "claimed" }, deal, new Date("2026-12-31T23:00:00Z"))).toBe("Ce bon plan est terminé")
  })
})
