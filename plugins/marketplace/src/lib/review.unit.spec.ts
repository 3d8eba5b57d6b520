import { describe, expect, it } from "vitest"
import { isHeld, previousValuesOf } from "./review"

describe("review of merchants' changes", () => {
  it("keeps the current values of the changed fields only, null when unset", () => {
    expect(previousValuesOf({ name: "A", description: "x", phone: undefined }, { description: "y", phone: "03" })).toEqual({
      description: "x",
      phone: null,
    })
  })

  it("holds nothing without a reviewer", () => {
    expect(isHeld(undefined)).toBe(false)
    expect(isHeld({ hold: false })).toBe(false)
    expect(isHeld({ hold: true })).toBe(true)
  })
})
