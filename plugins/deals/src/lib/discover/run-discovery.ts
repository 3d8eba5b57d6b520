import type { SearchTypes } from "@medusajs/framework/types"
import { foldAccents } from "@enjoy/kernel"
import { addDisjunctiveFacets } from "./disjunctive-facets"
import { countFacets, fromEngineFacets, type FacetCounts } from "./facets"
import { groupQuery } from "./filters"
import { withinRadius } from "./geo"
import { intentFilters, intentTypes } from "./intent-filters"
import { readIntent, type Intent } from "./intents"
import { allButOneQueries, runAllButOne } from "./most-words"
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
  /** What the query asked for beyond its words ("promo": bons plans; "sortie en famille": outings), and the words left. */
  intent: Intent | null
  /** True when no result held every word and these hold all of them but one. */
  partial_match: boolean
  at: string
  limit: number
  offset: number
  groups: Partial<Record<DiscoveryType, DiscoveryGroup>>
}

/** Establishments with a bon plan running at `at` (of these kinds only, when given), read from the deal index's seller facet. */
async function sellersWithDeals(engine: SearchEngine, at: Date, kinds?: string[]): Promise<string[]> {
  const [result] = await engine.searchMany([
    {
      entity: INDEX_OF.deal,
      filters: { $and: [{ starts_at: { $lte: at } }, { ends_at: { $gt: at } }, ...(kinds ? [{ kind: { $in: kinds } }] : [])] },
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
  const q = params.q ? foldAccents(params.q).trim() || undefined : undefined
  let types = applicableTypes(params)
  // "promo", "sortie en famille": the groups the intent names, searched for the words left.
  let intent = q ? readIntent(q, params.at) : null
  if (intent && !intentTypes(intent, types).length) {
    intent = null // the shopper's own filters leave none of the groups the intent names
  }
  if (intent) types = intentTypes(intent, types)
  const text = intent ? intent.text : q

  const needSellers = types.includes("establishment") && (params.has_deal || !!intent?.deal)
  // "promo": the establishments running a price cut, not any bon plan (unless the shopper asked for has_deal).
  const dealSellerIds = needSellers ? await sellersWithDeals(engine, params.at, params.has_deal ? undefined : intent?.deal?.kinds) : undefined
  const queryOf = (type: DiscoveryType, words: string | undefined, typos: boolean, page: DiscoverParams = params) =>
    groupQuery(type, page, {
      index: INDEX_OF[type],
      q: words,
      typos,
      candidates: GEO_CANDIDATES,
      dealSellerIds,
      extra: intent ? intentFilters(type, intent, params, dealSellerIds) : [],
    })
  const run = (words: string | undefined, typos: boolean) =>
    types.length ? engine.searchMany(types.map((type) => queryOf(type, words, typos))) : Promise.resolve([])

  let results = await run(text, false)
  let approximate = false
  let partial = false
  let corrected: string | null = null
  // The words and tolerance the results were finally found with: the disjunctive facets count the same search.
  let found = { words: text, typos: false }
  // Only a query nothing understood is retried: once one group matched the words, the empty ones are right.
  const nothing = () => results.every((result) => result.hits.length === 0)
  if (text && nothing()) {
    const split = allButOneQueries(text)
    if (split.length) {
      results = await runAllButOne(engine, types, split, params, queryOf)
      partial = approximate = !nothing()
    }
  }
  if (text && nothing()) {
    if (speller && (await speller.available())) {
      corrected = await speller.correct(text)
      if (corrected) {
        results = await run(corrected, false)
        approximate = true
        found = { words: corrected, typos: false }
      }
    } else {
      results = await run(text, true)
      approximate = true
      found = { words: text, typos: true }
    }
  }
  // Within a distance the facets are counted over the circle in hand; split queries have no single search to relax.
  if (!params.near && !partial) {
    await addDisjunctiveFacets(engine, types, params, results, (type, page) => queryOf(type, found.words, found.typos, page))
  }

  const groups: DiscoveryResult["groups"] = {}
  types.forEach((type, i) => {
    groups[type] = shapeGroup(params, results[i], type, approximate)
  })
  return {
    q: params.q ?? null,
    corrected_q: corrected,
    intent,
    partial_match: partial,
    at: params.at.toISOString(),
    limit: params.limit,
    offset: params.offset,
    groups,
  }
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
