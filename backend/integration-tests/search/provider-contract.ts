import type { SearchTypes } from "@medusajs/framework/types"
import { expect, it } from "vitest"

/**
 * What every search provider behind our discovery must do, whatever the engine:
 * written once, run against PostgreSQL always and against Meilisearch when a
 * server is configured. Each test builds its own index, since engines differ in
 * how they are emptied.
 */
export type ContractProvider = SearchTypes.ISearchProvider

const FIELDS: Record<string, SearchTypes.SearchFieldDefinition> = {
  id: { type: "keyword", filterable: true },
  name: { type: "text", searchable: { weight: 3 }, sortable: true },
  description: { type: "text", searchable: true },
  commune: { type: "keyword", filterable: true, facetable: true },
  categories: { type: "keyword", array: true, filterable: true, facetable: true },
  price: { type: "float", filterable: true, sortable: true, facetable: true },
  open: { type: "boolean", filterable: true },
  note: { type: "keyword", filterable: true },
}

const DOCUMENTS = [
  { id: "a", name: "Boulangerie du Vieux-Lille", description: "Pain au levain", commune: "lille", categories: ["boulangerie"], price: 4.2, open: true, note: "x" },
  { id: "b", name: "Pâtisserie Crème Brûlée", description: "Entremets et macarons", commune: "lille", categories: ["patisserie", "boulangerie"], price: 16.8, open: false },
  { id: "c", name: "Fromagerie du Beffroi", description: "Maroilles affinés", commune: "tourcoing", categories: ["fromagerie"], price: 9.8, open: true },
  { id: "d", name: "Caviste du Broutteux", description: "Vins et bières", commune: "tourcoing", categories: ["caviste"], price: 45, open: true },
  { id: "e", name: `Épicerie "La Graine"`, description: "Vrac", commune: "croix", categories: ["epicerie"], price: 5.2, open: false },
]

let counter = 0

export function searchProviderContract(make: () => ContractProvider) {
  const fresh = async () => {
    const provider = make()
    counter += 1
    const index: SearchTypes.ResolvedSearchIndexDefinition = {
      name: `contract_${counter}`,
      entity: "contract",
      primary_key: "id",
      provider: provider.identifier,
      physical_name: `contract_${Date.now()}_${counter}`,
      definition_hash: "contract",
      fields: FIELDS,
      settings: { typo_tolerance: { enabled: true } },
      async *seed() {},
    }
    await provider.upsertIndex({ index })
    await provider.upsertDocuments({ index: index.physical_name, definition: index, documents: DOCUMENTS })
    const search = (query: Partial<SearchTypes.ProviderSearchQuery> = {}) =>
      provider.search({ index, attributes_to_retrieve: ["id", "name", "price"], ...query })
    // Engines order accented names differently: compare sets of ids.
    const ids = async (query: Partial<SearchTypes.ProviderSearchQuery>) =>
      (await search(query)).hits.map((hit) => hit.id).sort()
    return { provider, index, search, ids }
  }

  it("finds documents by their words, accents aside, and tolerates a typo when asked", async () => {
    const { search, provider, index } = await fresh()
    expect((await search({ q: "boulangerie" })).hits[0].id).toBe("a")
    expect((await search({ q: "creme brulee" })).hits.map((h) => h.id)).toEqual(["b"])
    expect((await search({ q: "boulangrie", search_options: { typo_tolerance: true } })).hits.map((h) => h.id)).toContain("a")
    expect((await search({ q: "fromagerie" })).hits[0].document).toEqual({ id: "c", name: "Fromagerie du Beffroi", price: 9.8 })
    await provider.deleteIndex({ index: index.physical_name })
  })

  it("filters with the operators discovery uses", async () => {
    const { ids, provider, index } = await fresh()
    expect(await ids({ filters: { commune: "lille" } })).toEqual(["a", "b"])
    expect(await ids({ filters: { commune: { $in: ["croix", "tourcoing"] } } })).toEqual(["c", "d", "e"])
    expect(await ids({ filters: { categories: { $overlaps: ["boulangerie"] } } })).toEqual(["a", "b"])
    expect(await ids({ filters: { price: { $gte: 5, $lt: 20 } } })).toEqual(["b", "c", "e"])
    expect(await ids({ filters: { open: true, commune: { $nin: ["lille"] } } })).toEqual(["c", "d"])
    expect(await ids({ filters: { $or: [{ commune: "croix" }, { price: { $gt: 40 } }] } })).toEqual(["d", "e"])
    expect(await ids({ filters: { $not: { commune: "tourcoing" } } })).toEqual(["a", "b", "e"])
    expect(await ids({ filters: { note: { $exists: true } } })).toEqual(["a"])
    expect(await ids({ filters: { id: { $in: [] } } })).toEqual([])
    await provider.deleteIndex({ index: index.physical_name })
  })

  it("treats a value with quotes or operators as a value", async () => {
    const { ids, search, provider, index } = await fresh()
    for (const hostile of [`lille" OR commune != "x`, "lille' OR '1'='1", `x") OR (commune = "lille`, "lille\\", `{"$ne": null}`]) {
      expect(await ids({ filters: { commune: hostile } }), hostile).toEqual([])
    }
    expect(await ids({ filters: { name: `Épicerie "La Graine"` } })).toEqual(["e"])
    expect((await search({})).metadata.count).toBe(5)
    await provider.deleteIndex({ index: index.physical_name })
  })

  it("counts facets over every match and ranges over prices", async () => {
    const { search, provider, index } = await fresh()
    const result = await search({
      pagination: { take: 1 },
      search_options: {
        facets: [
          { field: "commune" },
          { field: "categories" },
          { field: "price", type: "range", ranges: [{ key: "0-10", to: 10 }, { key: "10+", from: 10 }] },
        ],
      },
    })
    expect(result.hits).toHaveLength(1)
    expect(result.metadata.count).toBe(5)
    const values = (field: string) => {
      const facet = result.facets?.[field]
      return facet?.type === "value" ? Object.fromEntries(facet.values.map((v) => [v.value, v.count])) : null
    }
    expect(values("commune")).toEqual({ lille: 2, tourcoing: 2, croix: 1 })
    expect(values("categories")).toEqual({ boulangerie: 2, patisserie: 1, fromagerie: 1, caviste: 1, epicerie: 1 })
    const price = result.facets?.price
    expect(price?.type === "range" ? price.ranges.map((r) => [r.key, r.count]) : null).toEqual([["0-10", 3], ["10+", 2]])
    await provider.deleteIndex({ index: index.physical_name })
  })

  it("sorts and pages", async () => {
    const { search, provider, index } = await fresh()
    const page = await search({ pagination: { skip: 1, take: 2, order: { price: "DESC" } } })
    expect(page.hits.map((h) => h.id)).toEqual(["b", "c"])
    expect(page.metadata).toMatchObject({ skip: 1, take: 2, count: 5 })
    await provider.deleteIndex({ index: index.physical_name })
  })

  it("replaces, deletes by id and by filter, empties and lists", async () => {
    const { ids, provider, index } = await fresh()
    await provider.upsertDocuments({ index: index.physical_name, definition: index, documents: [{ ...DOCUMENTS[0], commune: "croix" }] })
    expect(await ids({ filters: { commune: "croix" } })).toEqual(["a", "e"])
    await provider.deleteDocuments({ index: index.physical_name, filters: { id: ["a"] } })
    await provider.deleteDocuments({ index: index.physical_name, filters: { commune: "tourcoing" } })
    expect(await ids({})).toEqual(["b", "e"])
    const listed = (await provider.listIndexes()).find((i) => i.name === index.physical_name)
    expect(listed?.document_count).toBe(2)
    await provider.clearIndex({ index: index.physical_name })
    expect(await ids({})).toEqual([])
    await provider.deleteIndex({ index: index.physical_name })
    expect((await provider.listIndexes()).some((i) => i.name === index.physical_name)).toBe(false)
  })
}
