import { describe, expect, it } from "vitest"
import { parseScaleArgs } from "../scale"

describe("seed:scale options", () => {
  it("defaults to the metropole at full scale", () => {
    expect(parseScaleArgs([])).toMatchObject({ communes: 95, establishments: 20_000, products: 200_000 })
  })
  it("reads the flags", () => {
    expect(parseScaleArgs(["communes=10", "establishments=500", "products=4000"])).toMatchObject({
      communes: 10, establishments: 500, products: 4000,
    })
  })
  it("refuses unknown flags and bad numbers in French", () => {
    expect(() => parseScaleArgs(["shops=3"])).toThrow(/Option inconnue ou invalide/)
    expect(() => parseScaleArgs(["products=-1"])).toThrow(/Option inconnue/)
    expect(() => parseScaleArgs(["communes=0"])).toThrow(/au moins une commune/)
  })
})
