import type { SearchTypes } from "@medusajs/framework/types"
import { FRENCH_STOP_WORDS, words } from "@enjoy/kernel"
import type { DiscoverParams, DiscoveryType } from "./params"
import type { SearchEngine } from "./run-discovery"

/** Beyond this many words, a query that matched nothing is not split: each word left out costs one query per group. */
export const MAX_SPLIT_WORDS = 5

const STOP = new Set(FRENCH_STOP_WORDS)

/**
 * For a query of 3 to MAX_SPLIT_WORDS words that matched nothing with all of them, the queries
 * holding all its words but one ("chocolat noir amer" → "noir amer", "chocolat amer", "chocolat
 * noir"). A document cannot match two of them without holding every word, which matched nothing:
 * their results are disjoint, so their counts and facets add up exactly.
 */
export function allButOneQueries(text: string): string[] {
  const meaningful = [...new Set(words(text).filter((word) => !STOP.has(word)))]
  if (meaningful.length < 3 || meaningful.length > MAX_SPLIT_WORDS) {
    return []
  }
  return meaningful.map((_, left) => meaningful.filter((__, i) => i !== left).join(" "))
}

type ValueFacet = Extract<SearchTypes.SearchFacetResult, { type: "value" }>
type RangeFacet = Extract<SearchTypes.SearchFacetResult, { type: "range" }>

function addFacets(into: Record<string, SearchTypes.SearchFacetResult>, facets: Record<string, SearchTypes.SearchFacetResult> = {}) {
  for (const [field, facet] of Object.entries(facets)) {
    const known = into[field]
    if (!known) {
      into[field] = structuredClone(facet)
    } else if (known.type === "value" && facet.type === "value") {
      for (const { value, count } of facet.values) {
        const same = known.values.find((v) => v.value === value)
        if (same) same.count += count
        else known.values.push({ value, count })
      }
    } else if (known.type === "range" && facet.type === "range") {
      for (const range of facet.ranges) {
        const same = (known as RangeFacet).ranges.find((r) => r.key === range.key)
        if (same) same.count += range.count
      }
    }
  }
  for (const facet of Object.values(into)) {
    if (facet.type === "value") (facet as ValueFacet).values.sort((a, b) => b.count - a.count)
  }
}

/**
 * Disjoint results of one group merged as one result: hits best score first, then the page
 * [skip, skip + take) of them (each result must hold its first skip + take hits), counts and facets added.
 */
export function mergeDisjoint(results: SearchTypes.SearchResult[], skip: number, take: number): SearchTypes.SearchResult {
  const hits = results.flatMap((result) => result.hits).sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  results.forEach((result) => addFacets(facets, result.facets))
  const count = results.reduce((sum, result) => sum + (result.metadata.count ?? result.hits.length), 0)
  return { hits: hits.slice(skip, skip + take), facets, metadata: { skip, take, count } }
}

/**
 * Every group searched with each all-but-one-word query ("most words match") in one round-trip, and
 * each group's disjoint results merged: best score first, counts and facets added up.
 */
export async function runAllButOne(
  engine: SearchEngine,
  types: DiscoveryType[],
  split: string[],
  params: DiscoverParams,
  queryOf: (type: DiscoveryType, words: string, typos: boolean, page: DiscoverParams) => SearchTypes.SearchQuery
): Promise<SearchTypes.SearchResult[]> {
  // Each query brings its first offset + limit hits so that the merged page is the right one.
  const firstPages = { ...params, offset: 0, limit: params.offset + params.limit }
  const queries = types.flatMap((type) => split.map((words) => queryOf(type, words, false, firstPages)))
  const flat = await engine.searchMany(queries)
  return types.map((_, t) => {
    const mine = flat.slice(t * split.length, (t + 1) * split.length)
    // With a distance the caller pages the circle itself: keep every candidate.
    return params.near ? mergeDisjoint(mine, 0, Number.MAX_SAFE_INTEGER) : mergeDisjoint(mine, params.offset, params.limit)
  })
}
