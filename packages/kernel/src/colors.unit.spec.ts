import { describe, expect, it } from "vitest"
import { contrastRatio, isValidHexColor, readableTextOn, withTextColors } from "./colors"

describe("colours", () => {
  it("accepts only #rrggbb", () => {
    expect(isValidHexColor("#1F4e79")).toBe(true)
    expect(isValidHexColor("#fff")).toBe(false)
    expect(isValidHexColor("red")).toBe(false)
    expect(isValidHexColor("#12345g")).toBe(false)
  })

  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5)
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2)
  })

  it("picks the readable text colour for a background", () => {
    expect(readableTextOn("#1f4e79")).toBe("#ffffff")
    expect(readableTextOn("#f2c14e")).toBe("#000000")
  })
})

describe("withTextColors", () => {
  it("adds readable text colours for the colours it is given", () => {
    expect(withTextColors({ name: "Lille", primary_color: "#9b1c31", secondary_color: "#f4d35e" })).toEqual({
      name: "Lille",
      primary_color: "#9b1c31",
      secondary_color: "#f4d35e",
      primary_text_color: "#ffffff",
      secondary_text_color: "#000000",
    })
    const withoutColours: { name: string; primary_color?: string } = { name: "Lille" }
    expect(withTextColors(withoutColours)).toEqual({ name: "Lille" })
  })
})
