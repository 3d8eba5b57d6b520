import { describe, expect, it } from "vitest"
import { facetOnly, facetRelaxations } from "./disjunctive-facets"
import { groupQuery } from "./filters"
import type { DiscoverParams } from "./params"

const params = (over: Partial<DiscoverParams> = {}): DiscoverParams => ({
  types: ["establishment", "product", "deal", "event"],
  commune: [], kind: [], category: [], mode: [],
  open_now: false, has_deal: false, in_stock: false,
  radius_km: 5, sort: "relevance", limit: 10, offset: 0, facets: ["establishment", "product", "deal", "event"],
  at: new Date("2026-07-06T08:00:00Z"),
  ...over,
})

describe("disjunctive facets", () => {
  it("relaxes, for each facet in use, its own filter only", () => {
    const chosen = params({ commune: ["lille"], kind: ["shop"], mode: ["online"] })
    const relaxed = facetRelaxations("establishment", chosen)
    expect(relaxed.map((r) => r.field)).toEqual(["commune", "kind", "commerce_mode"])
    expect(relaxed[0].params).toMatchObject({ commune: [], kind: ["shop"], mode: ["online"] })
    expect(relaxed[1].params).toMatchObject({ commune: ["lille"], kind: [], mode: ["online"] })
  })

  it("relaxes nothing without filters, and only the filters a group's facets stand for", () => {
    expect(facetRelaxations("establishment", params())).toEqual([])
    // A bon plan's kind facet is the bon plan's kind, not the establishment kind the shopper chose.
    expect(facetRelaxations("deal", params({ kind: ["shop"] }))).toEqual([])
    expect(facetRelaxations("product", params({ price_max: 10 })).map((r) => r.field)).toEqual(["price"])
  })

  it("asks only for the facet's counts, no hits", () => {
    const query = facetOnly(groupQuery("product", params(), { index: "product", q: "pain", typos: false, candidates: 1000 }), "price")
    expect(query.pagination).toEqual({ skip: 0, take: 0 })
    expect(query.search_options?.facets).toEqual([expect.objectContaining({ field: "price", type: "range" })])
  })
})
