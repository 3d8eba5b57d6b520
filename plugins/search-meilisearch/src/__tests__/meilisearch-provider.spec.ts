import type { SearchTypes } from "@medusajs/framework/types"
import { afterEach, describe, expect, it } from "vitest"
import { MeilisearchSearchService } from "../providers/meilisearch/service"
import { startMeilisearchStub } from "./meilisearch-stub"

// Meilisearch cannot run here: these tests check the provider's HTTP calls against a stub
// that answers with the documented shapes; the shared contract suite covers a real server.

// Medusa's Logger type lists every log level and helper; the provider only calls these four.
const logger = { info() {}, warn() {}, error() {}, debug() {} } as never

const definition: SearchTypes.ResolvedSearchIndexDefinition = {
  name: "establishment",
  entity: "seller",
  primary_key: "id",
  provider: "meilisearch",
  physical_name: "establishment_v1",
  definition_hash: "h",
  fields: {
    id: { type: "keyword", filterable: true },
    name: { type: "text", searchable: { weight: 3 } },
    commune: { type: "keyword", filterable: true, facetable: true },
    ends_at: { type: "date", filterable: true },
    latitude: { type: "float", filterable: true },
    longitude: { type: "float", filterable: true },
  },
  settings: { provider_options: { meilisearch: { synonyms: { resto: ["restaurant"] } } } },
  async *seed() {},
}

describe("Meilisearch provider over HTTP (stub server)", () => {
  let stub: Awaited<ReturnType<typeof startMeilisearchStub>>
  afterEach(() => stub?.close())

  const provider = (batchSize = 1000) => new MeilisearchSearchService({ logger }, { host: stub.host, apiKey: "clef-de-test", batchSize })

  it("creates a missing index with its primary key, then applies the settings, waiting on each task", async () => {
    stub = await startMeilisearchStub()
    const task = await provider().upsertIndex({ index: definition })
    expect(task).toMatchObject({ index: "establishment_v1", status: "succeeded" })
    const calls = stub.requests.map((r) => `${r.method} ${r.path}`)
    expect(calls).toEqual([
      "GET /indexes/establishment_v1",
      "POST /indexes",
      "PATCH /indexes/establishment_v1/settings",
      "GET /tasks/0",
      "GET /tasks/1",
    ])
    expect(stub.requests[1].body).toEqual({ uid: "establishment_v1", primaryKey: "id" })
    expect(stub.requests[2].body).toMatchObject({
      searchableAttributes: ["name"],
      filterableAttributes: ["id", "commune", "ends_at", "latitude", "longitude", "_geo"],
      synonyms: { resto: ["restaurant"] },
    })
    expect(stub.requests.every((r) => r.authorization === "Bearer clef-de-test")).toBe(true)

    // A second migration of the same index only updates its settings.
    await provider().upsertIndex({ index: definition })
    expect(stub.requests.slice(5).map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /indexes/establishment_v1",
      "PATCH /indexes/establishment_v1/settings",
      "GET /tasks/2",
    ])
  })

  it("writes documents in batches with their primary key and waits for every batch", async () => {
    stub = await startMeilisearchStub()
    const documents = Array.from({ length: 2500 }, (_, i) => ({
      id: `sel_${i}`, name: `Commerce ${i}`, ends_at: "2026-12-01T00:00:00.000Z", latitude: 50.6, longitude: 3.06,
    }))
    await provider(1000).upsertDocuments({ index: "establishment_v2", definition, documents })
    const writes = stub.requests.filter((r) => r.path === "/indexes/establishment_v2/documents")
    expect(writes.map((w) => (w.body as unknown[]).length)).toEqual([1000, 1000, 500])
    expect(writes.every((w) => w.method === "POST" && w.query.get("primaryKey") === "id")).toBe(true)
    expect((writes[0].body as Record<string, unknown>[])[0]).toEqual({
      id: "sel_0", name: "Commerce 0", ends_at: Date.parse("2026-12-01T00:00:00.000Z"), latitude: 50.6, longitude: 3.06, _geo: { lat: 50.6, lng: 3.06 },
    })
    expect(stub.requests.filter((r) => r.path.startsWith("/tasks/")).map((r) => r.path)).toEqual(["/tasks/0", "/tasks/1", "/tasks/2"])
  })

  it("deletes by id in batches, by filter with escaped values, and empties an index", async () => {
    stub = await startMeilisearchStub()
    const p = provider(2)
    await p.deleteDocuments({ index: "establishment_v1", filters: { id: ["a", "b", "c"] } })
    await p.deleteDocuments({ index: "establishment_v1", filters: { commune: `lille" OR id EXISTS OR id = "x` } })
    await p.clearIndex({ index: "establishment_v1" })
    const writes = stub.requests.filter((r) => !r.path.startsWith("/tasks/"))
    expect(writes.map((r) => [r.method, r.path, r.body])).toEqual([
      ["POST", "/indexes/establishment_v1/documents/delete-batch", ["a", "b"]],
      ["POST", "/indexes/establishment_v1/documents/delete-batch", ["c"]],
      ["POST", "/indexes/establishment_v1/documents/delete", { filter: `commune = "lille\\" OR id EXISTS OR id = \\"x"` }],
      ["DELETE", "/indexes/establishment_v1/documents", undefined],
    ])
    await expect(p.deleteDocuments({ index: "establishment_v1", filters: {} })).rejects.toThrow(/without a filter/)
  })

  it("surfaces a failed task with Meilisearch's message", async () => {
    stub = await startMeilisearchStub({ failTask: (path) => path.endsWith("/documents") })
    await expect(
      provider().upsertDocuments({ index: "establishment_v1", definition, documents: [{ id: "x" }] })
    ).rejects.toThrow(/task 0 on "establishment_v1" failed: Document has no `id`/)
  })

  it("packs the queries of searchMany, range counts included, into one multi-search", async () => {
    stub = await startMeilisearchStub()
    const query = (q: string): SearchTypes.ProviderSearchQuery => ({
      index: definition, q, filters: { commune: "lille" }, attributes_to_retrieve: ["id", "name"],
      search_options: { facets: ["commune", { field: "latitude", type: "range", ranges: [{ key: "sud", to: 50.6 }] }] },
    })
    const [first, second] = await provider().searchMany([query("boulangerie"), query("fromagerie")])
    const searches = stub.requests.filter((r) => r.path === "/multi-search")
    expect(searches).toHaveLength(1)
    const { queries } = searches[0].body as { queries: { indexUid: string; q: string; filter: string; limit: number }[] }
    expect(queries.map((q) => [q.indexUid, q.q, q.filter, q.limit])).toEqual([
      ["establishment_v1", "boulangerie", `(commune = "lille")`, 20],
      ["establishment_v1", "boulangerie", `((commune = "lille")) AND (latitude < 50.6)`, 0],
      ["establishment_v1", "fromagerie", `(commune = "lille")`, 20],
      ["establishment_v1", "fromagerie", `((commune = "lille")) AND (latitude < 50.6)`, 0],
    ])
    expect(first.hits[0]).toEqual({ id: "sel_1", score: undefined, document: { id: "sel_1", name: "Boulangerie" } })
    expect(second.facets).toEqual({
      commune: { type: "value", values: [{ value: "lille", count: 1 }] },
      latitude: { type: "range", ranges: [{ key: "sud", from: undefined, to: 50.6, count: 4 }] },
    })
  })

  it("lists indexes with their document counts from /stats", async () => {
    stub = await startMeilisearchStub()
    await provider().upsertIndex({ index: definition })
    await provider().upsertDocuments({ index: "establishment_v1", definition, documents: [{ id: "a" }, { id: "b" }] })
    expect(await provider().listIndexes()).toEqual([{ name: "establishment_v1", provider: "meilisearch", document_count: 2 }])
  })
})
