import type { SearchTypes } from "@medusajs/framework/types"
import { foldAccents } from "@enjoy/kernel"
import { countFacets, fromEngineFacets, type FacetCounts } from "./facets"
import { groupQuery } from "./filters"
import { withinRadius } from "./geo"
import { applicableTypes, INDEX_OF, type DiscoverParams, type DiscoveryType } from "./params"

/** What discovery needs of Medusa's Search Module. */
export type SearchEngine = { searchMany(queries: SearchTypes.SearchQuery[]): Promise<SearchTypes.SearchResult[]> }

/**
 * Typo correction against the indexed words (PostgreSQL provider). Without one,
 * the engine's own typo tolerance is used: native on Meilisearch, a full scan
 * on PostgreSQL, which only a small catalogue can afford.
 */
export type Speller = { available(): Promise<boolean>; correct(q: string): Promise<string | null> }

/** How many documents of a box are brought back to cut the circle; beyond, counts are lower bounds. */
export const GEO_CANDIDATES = 1000

export type DiscoveryGroup = {
  count: number
  /** True when the count is a lower bound (the box held more than GEO_CANDIDATES). */
  count_is_partial: boolean
  /** True when nothing matched exactly and these hits tolerate typos. */
  approximate: boolean
  hits: Record<string, unknown>[]
  facets: FacetCounts
}

export type DiscoveryResult = {
  q: string | null
  /** The words searched instead, when the query found nothing as typed and was corrected. */
  corrected_q: string | null
  at: string
  limit: number
  offset: number
  groups: Partial<Record<DiscoveryType, DiscoveryGroup>>
}

/** Establishments with a bon plan running at `at`, read from the deal index's seller facet. */
async function sellersWithDeals(engine: SearchEngine, at: Date): Promise<string[]> {
  const [result] = await engine.searchMany([
    {
      entity: INDEX_OF.deal,
      filters: { $and: [{ starts_at: { $lte: at } }, { ends_at: { $gt: at } }] },
      pagination: { skip: 0, take: 0 },
      search_options: { facets: [{ field: "seller_id", limit: 10_000 }] },
    },
  ])
  const facet = result.facets?.seller_id
  return facet?.type === "value" ? facet.values.map((v) => String(v.value)) : []
}

function shapeGroup(params: DiscoverParams, result: SearchTypes.SearchResult, type: DiscoveryType, approximate: boolean): DiscoveryGroup {
  const docs: Record<string, unknown>[] = result.hits.map((hit) => ({ ...hit.document, id: hit.id }))
  if (!params.near) {
    return {
      count: result.metadata.count ?? docs.length,
      count_is_partial: false,
      approximate,
      hits: docs,
      facets: fromEngineFacets(result.facets),
    }
  }
  const inCircle = withinRadius(docs, params.near, params.radius_km)
  if (params.sort === "distance" || !params.q) {
    inCircle.sort((a, b) => a.distance_km - b.distance_km)
  }
  return {
    count: inCircle.length,
    count_is_partial: (result.metadata.count ?? 0) > GEO_CANDIDATES,
    approximate,
    hits: inCircle.slice(params.offset, params.offset + params.limit),
    facets: params.facets.includes(type) ? countFacets(type, inCircle) : {},
  }
}

/**
 * One discovery request: the applicable groups searched together in one
 * round-trip, exact words first (accents, plurals and synonyms aside); when no
 * group finds anything the groups are searched again tolerating typos, so
 * "boulangrie" still finds the bakery without every query paying for fuzzy
 * matching.
 */
export async function runDiscovery(engine: SearchEngine, params: DiscoverParams, speller?: Speller): Promise<DiscoveryResult> {
  const types = applicableTypes(params)
  const q = params.q ? foldAccents(params.q).trim() || undefined : undefined
  const dealSellerIds = params.has_deal && types.includes("establishment") ? await sellersWithDeals(engine, params.at) : undefined
  const run = (text: string | undefined, typos: boolean) =>
    types.length
      ? engine.searchMany(
          types.map((type) => groupQuery(type, params, { index: INDEX_OF[type], q: text, typos, candidates: GEO_CANDIDATES, dealSellerIds }))
        )
      : Promise.resolve([])

  let results = await run(q, false)
  let approximate = false
  let corrected: string | null = null
  // Only a query nothing understood is retried: once one group matched the words, the empty ones are right.
  if (q && results.every((result) => result.hits.length === 0)) {
    if (speller && (await speller.available())) {
      corrected = await speller.correct(q)
      if (corrected) {
        results = await run(corrected, false)
        approximate = true
      }
    } else {
      results = await run(q, true)
      approximate = true
    }
  }

  const groups: DiscoveryResult["groups"] = {}
  types.forEach((type, i) => {
    groups[type] = shapeGroup(params, results[i], type, approximate)
  })
  return { q: params.q ?? null, corrected_q: corrected, at: params.at.toISOString(), limit: params.limit, offset: params.offset, groups }
}

export type Suggestion = { type: "establishment" | "product"; label: string; commune: string; handle: string; establishment?: string }

/** Autocomplete: establishments and products whose words start with what is being typed. */
export async function suggest(engine: SearchEngine, text: string, limit: number, speller?: Speller): Promise<Suggestion[]> {
  const q = foldAccents(text).trim()
  if (!q) {
    return []
  }
  const run = (words: string, typos: boolean) =>
    engine.searchMany(
      (["establishment", "product"] as const).map((type) => ({
        entity: INDEX_OF[type],
        filters: { q: words },
        pagination: { skip: 0, take: limit, order: { _score: "DESC" as const } },
        search_options: { match_strategy: "last" as const, typo_tolerance: typos },
      }))
    )
  let [establishments, products] = await run(q, false)
  if (!establishments.hits.length && !products.hits.length) {
    if (speller && (await speller.available())) {
      const corrected = await speller.correct(q)
      if (corrected) {
        ;[establishments, products] = await run(corrected, false)
      }
    } else {
      ;[establishments, products] = await run(q, true)
    }
  }
  const list: Suggestion[] = [
    ...establishments.hits.map(({ document: d }) => ({
      type: "establishment" as const, label: String(d.name), commune: String(d.commune), handle: String(d.handle),
    })),
    ...products.hits.map(({ document: d }) => ({
      type: "product" as const, label: String(d.title), commune: String(d.commune), handle: String(d.handle), establishment: String(d.seller_handle),
    })),
  ]
  return list.slice(0, limit)
}
