import { describe, expect, it } from "vitest"
import { promotionFor, promotionStatusFor } from "./promotion"

describe("promotion behind a bon plan", () => {
  it("takes the percentage off the establishment's products only", () => {
    expect(promotionFor({ promotion_code: "noel10", kind: "percent", value: 10 }, ["prod_1", "prod_2"], true)).toEqual({
      code: "NOEL10",
      type: "standard",
      status: "active",
      is_automatic: false,
      application_method: {
        type: "percentage",
        value: 10,
        target_type: "items",
        allocation: "across",
        target_rules: [{ attribute: "items.product.id", operator: "in", values: ["prod_1", "prod_2"] }],
      },
    })
  })

  it("takes a euro amount across the items, drafted while the deal waits for review", () => {
    const promotion = promotionFor({ promotion_code: "MOINS5", kind: "amount", value: 5 }, ["prod_1"], false)
    expect(promotion).toMatchObject({ status: "draft", application_method: { type: "fixed", allocation: "across", currency_code: "eur" } })
  })

  it("has none for counter-only kinds, without a code or without products", () => {
    expect(promotionFor({ promotion_code: "CAFE", kind: "gift" }, ["prod_1"], true)).toBeNull()
    expect(promotionFor({ kind: "percent", value: 10 }, ["prod_1"], true)).toBeNull()
    expect(promotionFor({ promotion_code: "X", kind: "percent", value: 10 }, [], true)).toBeNull()
    expect([promotionStatusFor("published"), promotionStatusFor("paused")]).toEqual(["active", "inactive"])
  })
})
