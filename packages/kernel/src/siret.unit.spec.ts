import { describe, expect, it } from "vitest"
import { isValidSiret, normalizeSiret } from "./siret"

describe("isValidSiret", () => {
  it("accepts SIRETs that pass the Luhn check", () => {
    // Published head-office SIRETs of well-known companies.
    expect(isValidSiret("73282932000074")).toBe(true)
    expect(isValidSiret("55210055400013")).toBe(true)
  })

  it("refuses a wrong digit, a wrong length or letters", () => {
    expect(isValidSiret("73282932000075")).toBe(false)
    expect(isValidSiret("7328293200007")).toBe(false)
    expect(isValidSiret("7328293200007A")).toBe(false)
  })

  it("applies La Poste's own rule to its establishments", () => {
    // 3+5+6+0+0+0+0+0+0 + 0+0+0+0+5 = 19: not a multiple of 5.
    expect(isValidSiret("35600000000005")).toBe(false)
    // 3+5+6 + 0+0+0+0+1 = 15, a multiple of 5, though not Luhn-valid.
    expect(isValidSiret("35600000000001")).toBe(true)
    // La Poste's head office passes the ordinary Luhn check.
    expect(isValidSiret("35600000000048")).toBe(true)
  })
})

describe("normalizeSiret", () => {
  it("removes the spaces and dots people type", () => {
    expect(normalizeSiret("732 829 320 00074")).toBe("73282932000074")
    expect(normalizeSiret("732.829.320.00074")).toBe("73282932000074")
  })
})
