import { describe, expect, it } from "vitest"
import { storefrontTagsFor } from "./storefront-tags"

describe("storefrontTagsFor", () => {
  it("drops the product pages when a price (a variant) changes", () => {
    expect(storefrontTagsFor(["product-variant.updated"])).toEqual(["products"])
  })

  it("drops vitrines and their products when an establishment changes, each tag once", () => {
    expect(storefrontTagsFor(["seller.seller.updated", "product.updated"])).toEqual(["products", "sellers"])
  })

  it("ignores events the storefront does not cache", () => {
    expect(storefrontTagsFor(["order.placed"])).toEqual([])
  })
})
