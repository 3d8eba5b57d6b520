import { describe, expect, it } from "vitest"
import { isValidInseeCode, isValidPostalCode } from "./insee"

describe("isValidInseeCode", () => {
  it.each(["59350", "59017", "2A004", "2B033", "97411"])("accepts %s", (code) => {
    expect(isValidInseeCode(code)).toBe(true)
  })

  it.each(["5935", "593500", "2C004", "20004", "59 35", "abcde", "2a004", ""])(
    "rejects %s",
    (code) => {
      expect(isValidInseeCode(code)).toBe(false)
    }
  )
})

describe("isValidPostalCode", () => {
  it("accepts 5-digit codes", () => {
    expect(isValidPostalCode("59000")).toBe(true)
    expect(isValidPostalCode("20000")).toBe(true)
  })

  it("rejects anything else", () => {
    expect(isValidPostalCode("5900")).toBe(false)
    expect(isValidPostalCode("00100")).toBe(false)
    expect(isValidPostalCode("59000a")).toBe(false)
  })
})
