import { formsFr } from "../i18n/forms"
import { describe, expect, it } from "vitest"
import { logoDataUri, MAX_LOGO_BYTES } from "./logo"

describe("logoDataUri", () => {
  it("turns an image into a data URI the portal can show", () => {
    const svg = new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>")
    expect(logoDataUri("image/svg+xml", svg, formsFr)).toEqual({
      dataUri: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
    })
  })

  it("refuses other types, empty files and files too large for the branding field, saying why in French", () => {
    expect(logoDataUri("application/pdf", new Uint8Array(10), formsFr)).toEqual({ error: "Le logo doit être une image SVG, PNG, JPEG ou WebP." })
    expect(logoDataUri("image/png", new Uint8Array(0), formsFr)).toEqual({ error: "Le fichier est vide." })
    expect(logoDataUri("image/png", new Uint8Array(MAX_LOGO_BYTES + 1), formsFr)).toHaveProperty("error", expect.stringContaining("70 Ko au plus"))
  })

  it("stays within the backend's 100,000 characters at the largest size allowed", () => {
    const largest = logoDataUri("image/webp", new Uint8Array(MAX_LOGO_BYTES), formsFr)
    expect("dataUri" in largest && largest.dataUri.length).toBeLessThanOrEqual(100_000)
  })
})
