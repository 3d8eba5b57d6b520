import { describe, expect, it } from "vitest"
import { addressIn, alternateLinks, splitLocale } from "./alternate-links"

describe("language of an address", () => {
  it("reads the prefix, French when there is none", () => {
    expect(splitLocale("/en/lille")).toEqual({ locale: "en", path: "/lille" })
    expect(splitLocale("/en")).toEqual({ locale: "en", path: "/" })
    expect(splitLocale("/lille")).toEqual({ locale: "fr", path: "/lille" })
    expect(splitLocale("/entreprises")).toEqual({ locale: "fr", path: "/entreprises" })
    expect(splitLocale("/")).toEqual({ locale: "fr", path: "/" })
  })

  it("pairs each page with its other language", () => {
    expect(addressIn("en", "/")).toBe("/en")
    expect(alternateLinks("https://x.test", "/en/panier")).toBe(
      '<https://x.test/panier>; rel="alternate"; hreflang="fr", <https://x.test/en/panier>; rel="alternate"; hreflang="en", <https://x.test/panier>; rel="alternate"; hreflang="x-default"'
    )
  })
})
