import { describe, expect, it } from "vitest"
import { onboarding } from "./onboarding"

describe("onboarding", () => {
  const fresh = { description: null, phone: null, photos: [], opening_hours: null, products: 0, deals: 0, kit: false }

  it("starts with everything to do", () => {
    expect(onboarding(fresh)).toEqual({ profile: false, photos: false, hours: false, product: false, deal: false, kit: false })
  })

  it("ticks each item from the data, not from clicks", () => {
    expect(
      onboarding({
        description: "Fleurs de saison",
        phone: "03 20 00 00 00",
        photos: ["https://x/1.png"],
        opening_hours: { weekly: { mo: [], tu: [{ open: "09:00", close: "19:00" }] } },
        products: 2,
        deals: 1,
        kit: true,
      })
    ).toEqual({ profile: true, photos: true, hours: true, product: true, deal: true, kit: true })
  })

  it("needs both a description and a phone, and at least one open day", () => {
    expect(onboarding({ ...fresh, description: "  ", phone: "03" }).profile).toBe(false)
    expect(onboarding({ ...fresh, opening_hours: { weekly: { mo: [], su: [] } } }).hours).toBe(false)
  })
})
