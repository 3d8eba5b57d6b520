import { describe, expect, it } from "vitest"
import { scaleArgs } from "./scale.mjs"

describe("seed:scale command line", () => {
  it("turns flags into words medusa exec passes through", () => {
    expect(scaleArgs(["--communes", "95", "--establishments", "20000", "--products", "200000"])).toEqual([
      "communes=95", "establishments=20000", "products=200000",
    ])
  })
  it("refuses unknown flags and non-numbers before anything starts", () => {
    expect(() => scaleArgs(["--shops", "3"])).toThrow(/Option inconnue ou invalide : --shops 3/)
    expect(() => scaleArgs(["--products", "beaucoup"])).toThrow(/Option inconnue/)
    expect(() => scaleArgs(["--products"])).toThrow(/Option inconnue/)
  })
})
