import { describe, expect, it } from "vitest"
import { jsonForScript, localBusinessJsonLd, openingHoursSpecification } from "./json-ld"

const none: never[] = []
const weekly = {
  mo: none,
  tu: [{ open: "07:00", close: "13:00" }, { open: "15:00", close: "19:30" }],
  we: [{ open: "07:00", close: "13:00" }, { open: "15:00", close: "19:30" }],
  th: none, fr: none,
  sa: [{ open: "07:00", close: "13:00" }],
  su: [{ open: "00:00", close: "24:00" }],
}

describe("JSON-LD", () => {
  it("groups the days sharing the same hours", () => {
    expect(openingHoursSpecification(weekly)).toEqual([
      { "@type": "OpeningHoursSpecification", dayOfWeek: ["https://schema.org/Tuesday", "https://schema.org/Wednesday", "https://schema.org/Saturday"], opens: "07:00", closes: "13:00" },
      { "@type": "OpeningHoursSpecification", dayOfWeek: ["https://schema.org/Tuesday", "https://schema.org/Wednesday"], opens: "15:00", closes: "19:30" },
      { "@type": "OpeningHoursSpecification", dayOfWeek: ["https://schema.org/Sunday"], opens: "00:00", closes: "23:59" },
    ])
  })

  it("describes an establishment with its address, position and hours", () => {
    const ld = localBusinessJsonLd(
      {
        name: "Boulangerie du Vieux-Lille", kind: "shop", description: "Pains au levain", photos: ["https://x.test/a.png"],
        address_1: "18 rue de la Monnaie", postal_code: "59800", city: "Lille", latitude: 50.64, longitude: 3.06,
        phone: "03 20 00 00 00", email: null, website: null, opening_hours: { weekly },
      },
      "https://enjoy.test/lille/boulangerie-du-vieux-lille"
    )
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Store",
      url: "https://enjoy.test/lille/boulangerie-du-vieux-lille",
      address: { "@type": "PostalAddress", postalCode: "59800", addressLocality: "Lille", addressCountry: "FR" },
      geo: { "@type": "GeoCoordinates", latitude: 50.64, longitude: 3.06 },
      telephone: "03 20 00 00 00",
    })
    expect(ld).not.toHaveProperty("email")
    const garage = { kind: "garage", name: "G", address_1: "", postal_code: "", city: "", phone: null, email: null, website: null, opening_hours: null, description: null }
    expect(localBusinessJsonLd(garage, "u")["@type"]).toBe("LocalBusiness")
  })

  it("cannot be closed from inside by the data", () => {
    expect(jsonForScript({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>")
  })
})
