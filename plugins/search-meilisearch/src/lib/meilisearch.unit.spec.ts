import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { fromEngineDocument, toEngineDocument } from "./documents"
import { planFields } from "./field-plan"
import { quote, toMeilisearchFilter } from "./filters"
import { planSearch } from "./query"
import { meilisearchSettings } from "./settings"

const fields: Record<string, SearchTypes.SearchFieldDefinition> = {
  id: { type: "keyword", filterable: true },
  name: { type: "text", searchable: { weight: 3 }, sortable: true },
  description: { type: "text", searchable: true },
  terms: { type: "text", searchable: { weight: 2 }, retrievable: false },
  commune: { type: "keyword", filterable: true, facetable: true },
  categories: { type: "keyword", array: true, filterable: true, facetable: true },
  price: { type: "float", filterable: true, sortable: true, facetable: true },
  open: { type: "boolean", filterable: true },
  ends_at: { type: "date", filterable: true, sortable: true },
  latitude: { type: "float", filterable: true },
  longitude: { type: "float", filterable: true },
}

const definition: SearchTypes.ResolvedSearchIndexDefinition = {
  name: "establishment",
  entity: "seller",
  fields,
  primary_key: "id",
  provider: "meilisearch",
  physical_name: "establishment_v2",
  definition_hash: "h",
  settings: {
    typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
    provider_options: { meilisearch: { synonyms: { resto: ["restaurant"] }, stopWords: ["de", "la"] } },
  },
  async *seed() {},
}
const plan = planFields(fields)

describe("Meilisearch settings", () => {
  it("orders searchable attributes by weight and makes facets filterable", () => {
    const settings = meilisearchSettings(definition)
    expect(settings.searchableAttributes).toEqual(["name", "terms", "description"])
    expect(settings.filterableAttributes).toEqual(["id", "commune", "categories", "price", "open", "ends_at", "latitude", "longitude", "_geo"])
    expect(settings.sortableAttributes).toEqual(["name", "price", "ends_at", "_geo"])
    expect(settings.displayedAttributes).not.toContain("terms")
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnAttributes: [] })
    expect(settings.synonyms).toEqual({ resto: ["restaurant"] })
    expect(settings.stopWords).toEqual(["de", "la"])
  })

  it("refuses engine settings it does not know", () => {
    const odd = { ...definition, settings: { provider_options: { meilisearch: { proximityPrecision: "byWord" } } } }
    expect(() => meilisearchSettings(odd)).toThrow(/unknown Meilisearch setting "proximityPrecision"/)
  })
})

describe("documents", () => {
  it("stores dates as milliseconds and the position as _geo, and gives them back as written", () => {
    const doc = { id: "1", name: "A", ends_at: "2026-12-01T10:00:00.000Z", latitude: 50.6, longitude: 3.06 }
    const stored = toEngineDocument(doc, plan)
    expect(stored).toMatchObject({ ends_at: Date.parse("2026-12-01T10:00:00.000Z"), _geo: { lat: 50.6, lng: 3.06 } })
    expect(fromEngineDocument({ ...stored, _rankingScore: 0.9 }, plan)).toEqual(doc)
  })
})

describe("filters", () => {
  it("quotes strings so that a value cannot close them", () => {
    expect(quote(`lille" OR commune != "x`)).toBe(`"lille\\" OR commune != \\"x"`)
    expect(quote("a\\\" OR 1")).toBe(`"a\\\\\\" OR 1"`)
  })

  it("translates the filter tree", () => {
    const at = new Date("2026-12-01T00:00:00Z")
    expect(
      toMeilisearchFilter(
        {
          q: "ignored",
          $and: [{ commune: { $in: ["lille", "roubaix"] } }, { price: { $gte: 5, $lt: 20 } }],
          categories: { $overlaps: ["vin"] },
          open: true,
          ends_at: { $gt: at },
          $not: { commune: "croix" },
        },
        plan
      )
    ).toBe(
      `(((commune IN ["lille", "roubaix"])) AND ((price >= 5) AND (price < 20))) AND (categories IN ["vin"]) AND open = true AND (ends_at > ${at.getTime()}) AND NOT (commune = "croix")`
    )
    expect(toMeilisearchFilter({ $or: [{ commune: null }, { categories: { $contains: ["a", "b"] } }] }, plan)).toBe(
      `((commune IS NULL) OR ((categories = "a" AND categories = "b")))`
    )
    expect(toMeilisearchFilter({ commune: { $in: [] } }, plan)).toBe("(commune IN [])")
  })

  it("keeps hostile values inside their quotes and refuses unknown fields and operators", () => {
    const filter = toMeilisearchFilter({ commune: `x" OR id EXISTS OR commune = "y` }, plan)
    expect(filter).toBe(`commune = "x\\" OR id EXISTS OR commune = \\"y"`)
    expect(() => toMeilisearchFilter({ "commune = 1 OR id": "x" }, plan)).toThrow(/Invalid filter field/)
    expect(() => toMeilisearchFilter({ siret: "x" }, plan)).toThrow(/Unknown filter field "siret"/)
    expect(() => toMeilisearchFilter({ name: { $like: "%a%" } }, plan)).toThrow(/does not support operator "\$like"/)
    expect(() => toMeilisearchFilter({ price: "cheap" }, plan)).toThrow(/as a number/)
    expect(() => toMeilisearchFilter({ price: Number.NaN }, plan)).toThrow(/Invalid number/)
  })
})

describe("search planning", () => {
  const input: SearchTypes.ProviderSearchQuery = {
    index: definition,
    q: "boulangerie",
    filters: { commune: "lille" },
    attributes_to_retrieve: ["id", "name"],
    pagination: { skip: 10, take: 5, order: { _score: "DESC", price: "ASC" } },
    search_options: {
      match_strategy: "last",
      facets: ["commune", { field: "price", type: "range", ranges: [{ key: "cheap", to: 10 }, { key: "dear", from: 10 }] }],
      provider_options: { meilisearch: { geo_radius: { lat: 50.6, lng: 3.06, radius_m: 2000 } } },
    },
  }

  it("asks for the page, the value facets and one count per price range in one multi-search", () => {
    const { queries } = planSearch(input)
    expect(queries[0]).toEqual({
      indexUid: "establishment_v2",
      q: "boulangerie",
      filter: `(commune = "lille") AND (_geoRadius(50.6, 3.06, 2000))`,
      facets: ["commune"],
      sort: ["price:asc"],
      offset: 10,
      limit: 5,
      matchingStrategy: "last",
      attributesToRetrieve: ["id", "name"],
      showRankingScore: true,
    })
    expect(queries.slice(1).map((q) => [q.filter, q.limit])).toEqual([
      [`((commune = "lille") AND (_geoRadius(50.6, 3.06, 2000))) AND (price < 10)`, 0],
      [`((commune = "lille") AND (_geoRadius(50.6, 3.06, 2000))) AND (price >= 10)`, 0],
    ])
  })

  it("reads the answers back as a Search Module result", () => {
    const result = planSearch(input).read([
      { hits: [{ id: "s1", name: "Boulangerie", _rankingScore: 0.8 }], estimatedTotalHits: 12, facetDistribution: { commune: { lille: 12 } } },
      { hits: [], estimatedTotalHits: 7 },
      { hits: [], estimatedTotalHits: 5 },
    ])
    expect(result.hits).toEqual([{ id: "s1", score: undefined, document: { id: "s1", name: "Boulangerie" } }])
    expect(result.metadata).toMatchObject({ skip: 10, take: 5, count: 12 })
    expect(result.facets).toEqual({
      commune: { type: "value", values: [{ value: "lille", count: 12 }] },
      price: { type: "range", ranges: [{ key: "cheap", to: 10, from: undefined, count: 7 }, { key: "dear", from: 10, to: undefined, count: 5 }] },
    })
  })

  it("refuses to sort on a field that is not sortable", () => {
    expect(() => planSearch({ ...input, pagination: { order: { commune: "ASC" } } })).toThrow(/not sortable/)
  })
})
