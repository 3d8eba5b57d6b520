import "server-only"
import { medusa } from "../medusa"
import { discoverQuery, type Group, type SearchState } from "./params"

export type Facet = { value: string; count: number }

export type EstablishmentHit = {
  id: string; name: string; handle: string; kind: string; categories: string[]; description: string | null
  address: string; commune: string; commune_name: string; commerce_mode: string
  latitude: number | null; longitude: number | null; distance_km?: number
}
export type ProductHit = {
  id: string; title: string; handle: string; price: number | null; in_stock: boolean; thumbnail: string | null
  seller_name: string; seller_handle: string; commune: string; commune_name: string
  latitude: number | null; longitude: number | null; distance_km?: number
}
export type DealHit = {
  id: string; title: string; kind: string; ends_at: string; seller_name: string; seller_handle: string
  commune: string; commune_name: string; latitude: number | null; longitude: number | null; distance_km?: number
}
export type EventHit = {
  id: string; title: string; category: string; starts_at: string; ends_at: string; address: string | null
  seller_name: string | null; seller_handle: string | null; commune: string; commune_name: string
  latitude: number | null; longitude: number | null; distance_km?: number
}

type GroupResult<T> = { count: number; approximate: boolean; hits: T[]; facets: Record<string, Facet[]> }

export type DiscoverResult = {
  q: string | null
  corrected_q: string | null
  /** What the query was read as asking for beyond its words: bons plans ("promo") or outings ("sortie en famille"). */
  intent: { deal?: object; outing?: object } | null
  /** True when no result held every word and these hold all of them but one. */
  partial_match: boolean
  groups: Partial<{
    establishment: GroupResult<EstablishmentHit>
    product: GroupResult<ProductHit>
    deal: GroupResult<DealHit>
    event: GroupResult<EventHit>
  }>
}

export type AnyHit = EstablishmentHit | ProductHit | DealHit | EventHit
export type { Group }

/** Discovery is read per request: results follow the catalogue, never a cached page. */
export async function discover(state: SearchState): Promise<DiscoverResult> {
  return medusa().client.fetch<DiscoverResult>(`/store/discover?${discoverQuery(state)}`, { cache: "no-store" })
}

export type Suggestion = { type: "establishment" | "product"; label: string; commune: string; handle: string; establishment?: string }

export async function suggest(q: string): Promise<Suggestion[]> {
  const query = new URLSearchParams({ q, limit: "8" })
  const { suggestions } = await medusa().client.fetch<{ suggestions: Suggestion[] }>(`/store/discover/suggest?${query}`, {
    next: { revalidate: 30 },
  })
  return suggestions
}
