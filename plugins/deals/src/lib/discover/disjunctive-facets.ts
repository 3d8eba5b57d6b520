import type { SearchTypes } from "@medusajs/framework/types"
import { groupFacetRequests } from "./filters"
import type { DiscoverParams, DiscoveryType } from "./params"
import type { SearchEngine } from "./run-discovery"

/** The shopper's filter each facet stands for, per group, and the parameters without it. */
const RELAX: Record<string, { types: DiscoveryType[]; without: (p: DiscoverParams) => DiscoverParams | null }> = {
  commune: { types: ["establishment", "product", "deal", "event"], without: (p) => (p.commune.length ? { ...p, commune: [] } : null) },
  kind: { types: ["establishment"], without: (p) => (p.kind.length ? { ...p, kind: [] } : null) },
  categories: { types: ["establishment", "product"], without: (p) => (p.category.length ? { ...p, category: [] } : null) },
  category: { types: ["event"], without: (p) => (p.category.length ? { ...p, category: [] } : null) },
  commerce_mode: { types: ["establishment", "product"], without: (p) => (p.mode.length ? { ...p, mode: [] } : null) },
  in_stock: { types: ["product"], without: (p) => (p.in_stock ? { ...p, in_stock: false } : null) },
  price: {
    types: ["product"],
    without: (p) => (p.price_min !== undefined || p.price_max !== undefined ? { ...p, price_min: undefined, price_max: undefined } : null),
  },
}

/**
 * Disjunctive facets: the counts of a facet whose filter is in use are taken from the same search
 * without that filter, so that choosing Lille still shows "Roubaix (8)" to add or switch to, while
 * every other facet counts within Lille. One entry per facet whose filter the shopper set.
 */
export function facetRelaxations(type: DiscoveryType, params: DiscoverParams): { field: string; params: DiscoverParams }[] {
  return groupFacetRequests(type).flatMap(({ field }) => {
    const relax = RELAX[field]
    const relaxed = relax?.types.includes(type) ? relax.without(params) : null
    return relaxed ? [{ field, params: relaxed }] : []
  })
}

/** A group's query reduced to counting one facet: no hits brought back. */
export function facetOnly(query: SearchTypes.SearchQuery, field: string): SearchTypes.SearchQuery {
  const facets = (query.search_options?.facets ?? []).filter((facet) => (typeof facet === "string" ? facet : facet.field) === field)
  return { ...query, pagination: { skip: 0, take: 0 }, search_options: { ...query.search_options, facets } }
}

/** Replaces the counts of each facet whose filter is in use by those of the search without it, in one round-trip. */
export async function addDisjunctiveFacets(
  engine: SearchEngine,
  types: DiscoveryType[],
  params: DiscoverParams,
  results: SearchTypes.SearchResult[],
  queryOf: (type: DiscoveryType, page: DiscoverParams) => SearchTypes.SearchQuery
) {
  const relaxed = types.flatMap((type, i) =>
    params.facets.includes(type) && results[i]?.facets ? facetRelaxations(type, params).map((r) => ({ i, type, ...r })) : []
  )
  if (!relaxed.length) return
  const counted = await engine.searchMany(relaxed.map((r) => facetOnly(queryOf(r.type, r.params), r.field)))
  relaxed.forEach(({ i, field }, k) => {
    const facet = counted[k].facets?.[field]
    if (facet) results[i].facets = { ...results[i].facets, [field]: facet }
  })
}
