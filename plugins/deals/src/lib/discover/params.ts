/** The discovery groups, named as in the API, and the search index behind each. */
export const DISCOVERY_TYPES = ["establishment", "product", "deal", "event"] as const
export type DiscoveryType = (typeof DISCOVERY_TYPES)[number]

export const INDEX_OF: Record<DiscoveryType, string> = {
  establishment: "establishment",
  product: "product",
  deal: "deal",
  event: "agenda_event",
}

export type Near = { latitude: number; longitude: number }

/** A validated /store/discover query (see the route's zod schema). */
export type DiscoverParams = {
  q?: string
  types: DiscoveryType[]
  commune: string[]
  kind: string[]
  category: string[]
  mode: string[]
  open_now: boolean
  has_deal: boolean
  in_stock: boolean
  price_min?: number
  price_max?: number
  near?: Near
  radius_km: number
  sort: "relevance" | "distance"
  /** The groups whose facet counts are wanted (each costs the engine a few aggregations). */
  facets: DiscoveryType[]
  limit: number
  offset: number
  at: Date
}

/**
 * Which groups a filter can apply to. A filter that means nothing for a group
 * ("open now" for a product, a price for an event) leaves that group out
 * rather than ignoring the shopper's request.
 */
const APPLIES_TO: Record<string, readonly DiscoveryType[]> = {
  kind: ["establishment"],
  open_now: ["establishment"],
  has_deal: ["establishment"],
  category: ["establishment", "product", "event"],
  mode: ["establishment", "product"],
  in_stock: ["product"],
  price: ["product"],
}

export function activeSpecificFilters(params: DiscoverParams): string[] {
  const active: string[] = []
  if (params.kind.length) active.push("kind")
  if (params.open_now) active.push("open_now")
  if (params.has_deal) active.push("has_deal")
  if (params.category.length) active.push("category")
  if (params.mode.length) active.push("mode")
  if (params.in_stock) active.push("in_stock")
  if (params.price_min !== undefined || params.price_max !== undefined) active.push("price")
  return active
}

export function applicableTypes(params: DiscoverParams): DiscoveryType[] {
  const active = activeSpecificFilters(params)
  return params.types.filter((type) => active.every((filter) => APPLIES_TO[filter].includes(type)))
}
