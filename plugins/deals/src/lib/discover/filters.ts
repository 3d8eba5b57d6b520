import type { SearchTypes } from "@medusajs/framework/types"
import { openAtKeys } from "@enjoy/kernel"
import { PRICE_BANDS, VALUE_FACETS } from "./facets"
import { boundingBox } from "./geo"
import type { DiscoverParams, DiscoveryType } from "./params"

type Filters = SearchTypes.SearchFilters

/**
 * The engine filter tree of one group. Values always travel as values in the
 * tree, never spliced into a query string: each provider binds or escapes
 * them, so a commune named `lille" OR 1=1` is just a commune that matches nothing.
 */
export function groupFilters(type: DiscoveryType, params: DiscoverParams, dealSellerIds?: string[]): Filters {
  const and: Filters[] = []
  if (params.commune.length) {
    and.push({ commune: { $in: params.commune } })
  }
  if (params.near) {
    and.push(boundingBox(params.near, params.radius_km))
  }
  const at = params.at
  switch (type) {
    case "establishment":
      if (params.kind.length) and.push({ kind: { $in: params.kind } })
      if (params.category.length) and.push({ categories: { $overlaps: params.category } })
      if (params.mode.length) and.push({ commerce_mode: { $in: params.mode } })
      if (params.open_now) and.push(openAt(at))
      if (params.has_deal) and.push({ id: { $in: dealSellerIds ?? [] } })
      break
    case "product":
      if (params.category.length) and.push({ categories: { $overlaps: params.category } })
      if (params.mode.length) and.push({ commerce_mode: { $in: params.mode } })
      if (params.in_stock) and.push({ in_stock: true })
      if (params.price_min !== undefined) and.push({ price: { $gte: params.price_min } })
      if (params.price_max !== undefined) and.push({ price: { $lte: params.price_max } })
      break
    case "deal":
      and.push({ starts_at: { $lte: at } }, { ends_at: { $gt: at } })
      break
    case "event":
      and.push({ ends_at: { $gt: at } })
      if (params.category.length) and.push({ category: { $in: params.category } })
      break
  }
  return and.length ? { $and: and } : {}
}

/**
 * Open at `at`: its weekly quarter-hour, unless the day has a dated exception (a closure, special
 * hours), whose own quarter-hours then decide (kernel open-slots builds both sides of the document).
 */
function openAt(at: Date): Filters {
  const keys = openAtKeys(at)
  return {
    $or: [
      { $and: [{ open_slots: keys.slot }, { $not: { exception_days: keys.day } }] },
      { exception_slots: keys.datedSlot },
    ],
  }
}

/** The order without a text query, or when the shopper asks for the nearest first (then refined by distance). */
const DEFAULT_ORDER: Record<DiscoveryType, Record<string, "ASC" | "DESC">> = {
  establishment: { name: "ASC" },
  product: { title: "ASC" },
  deal: { ends_at: "ASC" },
  event: { starts_at: "ASC" },
}

export function groupFacetRequests(type: DiscoveryType): SearchTypes.SearchFacetRequest[] {
  const facets: SearchTypes.SearchFacetRequest[] = VALUE_FACETS[type].map((field) => ({ field, limit: 30 }))
  if (type === "product") {
    facets.push({ field: "price", type: "range", ranges: PRICE_BANDS.map((band) => ({ ...band })) })
  }
  return facets
}

/**
 * The engine query of one group. With a distance, the engine returns the whole
 * box (up to `candidates`) and the caller cuts the circle, sorts and pages;
 * otherwise the engine pages and counts facets itself.
 */
export function groupQuery(
  type: DiscoveryType,
  params: DiscoverParams,
  options: { index: string; q?: string; typos: boolean; candidates: number; dealSellerIds?: string[]; extra?: Filters[] }
): SearchTypes.SearchQuery {
  const geo = !!params.near
  const base = groupFilters(type, params, options.dealSellerIds)
  const and = [...((base.$and as Filters[] | undefined) ?? []), ...(options.extra ?? [])]
  return {
    entity: options.index,
    filters: { ...(and.length ? { $and: and } : {}), ...(options.q ? { q: options.q } : {}) },
    pagination: geo
      ? { skip: 0, take: options.candidates, ...(options.q ? {} : { order: DEFAULT_ORDER[type] }) }
      : { skip: params.offset, take: params.limit, order: options.q ? { _score: "DESC" } : DEFAULT_ORDER[type] },
    search_options: {
      typo_tolerance: options.typos,
      ...(geo || !params.facets.includes(type) ? {} : { facets: groupFacetRequests(type) }),
    },
  }
}
