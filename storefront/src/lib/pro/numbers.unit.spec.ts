import { describe, expect, it } from "vitest"
import { parsePrice, parseStock } from "./numbers"

describe("parsePrice", () => {
  it.each([
    ["4,50", 4.5],
    ["4.5", 4.5],
    [" 12 ", 12],
    ["1 200,00", 1200],
  ])("reads %s as %s", (text, value) => {
    expect(parsePrice(text)).toBe(value)
  })

  it.each(["", "0", "-3", "4,555", "quatre", "4,5 €"])("refuses %s", (text) => {
    expect(parsePrice(text)).toBeNull()
  })
})

describe("parseStock", () => {
  it("reads whole numbers, zero included, and refuses the rest", () => {
    expect(parseStock("0")).toBe(0)
    expect(parseStock(" 25 ")).toBe(25)
    expect(parseStock("2.5")).toBeNull()
    expect(parseStock("-1")).toBeNull()
  })
})
