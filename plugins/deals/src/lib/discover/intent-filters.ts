import type { SearchTypes } from "@medusajs/framework/types"
import type { Intent } from "./intents"
import { OUTING_KINDS } from "./intents-fr"
import type { DiscoverParams, DiscoveryType } from "./params"

/** The groups an intent searches: bons plans and the establishments running them, or events and cultural sites. */
export function intentTypes(intent: Intent, types: DiscoveryType[]): DiscoveryType[] {
  const wanted = new Set<DiscoveryType>()
  if (intent.deal) wanted.add("deal")
  if (intent.outing) wanted.add("event")
  // Establishments answer one intent: the ones running a bon plan, or the places to visit; not both at once.
  // « promo » alone lists the bons plans, which name their establishments: listing those again would cost,
  // at territory scale, a filtered pass over every establishment (2 s) for nothing the shopper asked.
  const dealAlone = intent.deal && !intent.text
  if (!intent.deal !== !intent.outing && !dealAlone) wanted.add("establishment")
  return types.filter((type) => wanted.has(type))
}

/** What an intent adds to a group's filters. */
export function intentFilters(
  type: DiscoveryType,
  intent: Intent,
  params: DiscoverParams,
  dealSellerIds?: string[]
): SearchTypes.SearchFilters[] {
  switch (type) {
    case "deal":
      return intent.deal?.kinds ? [{ kind: { $in: intent.deal.kinds } }] : []
    case "event": {
      const filters: SearchTypes.SearchFilters[] = []
      if (intent.outing?.free) filters.push({ is_free: true })
      const window = intent.outing?.window
      // An event is indexed with its first start and last end: it is on in the window when they straddle it.
      if (window) filters.push({ starts_at: { $lt: window.to } }, { ends_at: { $gt: window.from } })
      return filters
    }
    case "establishment":
      // "promo boulangerie": the bakeries running a bon plan.
      if (intent.deal) return [{ id: { $in: dealSellerIds ?? [] } }]
      // The shopper's own kind filter wins over the one the intent implies.
      return intent.outing && !params.kind.length ? [{ kind: { $in: [...OUTING_KINDS] } }] : []
    default:
      return []
  }
}
