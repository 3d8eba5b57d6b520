import { describe, expect, it } from "vitest"
import { emblemDataUri, initialsOf } from "./emblem"

describe("initialsOf", () => {
  it("takes the meaningful words of a commune's name", () => {
    expect(initialsOf("Lille")).toBe("L")
    expect(initialsOf("Villeneuve-d'Ascq")).toBe("VA")
    expect(initialsOf("Marcq-en-Barœul")).toBe("MB")
    expect(initialsOf("Armentières")).toBe("A")
  })
})

describe("emblemDataUri", () => {
  it("is an SVG data URI with the colours and initials", () => {
    const uri = emblemDataUri("Roubaix", "#1d3557", "#e63946", "#ffffff")
    expect(uri.startsWith("data:image/svg+xml;base64,")).toBe(true)
    const svg = Buffer.from(uri.split(",")[1], "base64").toString()
    expect(svg).toContain('fill="#1d3557"')
    expect(svg).toContain(">R</text>")
  })
})
