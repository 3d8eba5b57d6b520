import type { DiscoveryType } from "./params"

/** Price bands shown as a product facet, in euros: [from, to). */
export const PRICE_BANDS = [
  { key: "0-5", from: 0, to: 5 },
  { key: "5-10", from: 5, to: 10 },
  { key: "10-20", from: 10, to: 20 },
  { key: "20-50", from: 20, to: 50 },
  { key: "50+", from: 50 },
] as const

export const VALUE_FACETS: Record<DiscoveryType, string[]> = {
  establishment: ["commune", "kind", "categories", "commerce_mode"],
  product: ["commune", "categories", "commerce_mode", "in_stock"],
  deal: ["commune", "kind"],
  event: ["commune", "category", "is_free"],
}

export type FacetCounts = Record<string, { value: string; count: number }[]>

const byCount = (a: { value: string; count: number }, b: { value: string; count: number }) =>
  b.count - a.count || a.value.localeCompare(b.value)

/**
 * Facet counts computed over documents already in hand: used when a distance
 * filter is applied after the engine, so counts describe the circle, not the box.
 */
export function countFacets(type: DiscoveryType, docs: Record<string, unknown>[]): FacetCounts {
  const facets: FacetCounts = {}
  for (const field of VALUE_FACETS[type]) {
    const counts = new Map<string, number>()
    for (const doc of docs) {
      const raw = doc[field]
      for (const value of Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]) {
        counts.set(String(value), (counts.get(String(value)) ?? 0) + 1)
      }
    }
    facets[field] = [...counts].map(([value, count]) => ({ value, count })).sort(byCount)
  }
  if (type === "product") {
    facets.price = PRICE_BANDS.map((band) => ({
      value: band.key,
      count: docs.filter((doc) => {
        const price = doc.price
        return typeof price === "number" && price >= band.from && ("to" in band ? price < band.to : true)
      }).length,
    }))
  }
  return facets
}

type EngineFacet =
  | { type: "value"; values: { value: string; count: number }[] }
  | { type: "range"; ranges: { key: string; count: number }[] }
  | { type: "stats" }

/** The engine's facets in the same shape as countFacets. */
export function fromEngineFacets(facets: Record<string, EngineFacet> | undefined): FacetCounts {
  const out: FacetCounts = {}
  for (const [field, facet] of Object.entries(facets ?? {})) {
    if (facet.type === "value") {
      out[field] = facet.values.map(({ value, count }) => ({ value: String(value), count })).sort(byCount)
    } else if (facet.type === "range") {
      out[field] = facet.ranges.map(({ key, count }) => ({ value: key, count }))
    }
  }
  return out
}
