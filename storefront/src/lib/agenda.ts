import "server-only"
import { medusa } from "./medusa"

export type PublicDeal = {
  id: string
  title: string
  description: string | null
  kind: string
  value: number | null
  conditions: string | null
  ends_at: string
  seller: { id: string; name: string; handle: string; commune: { slug: string } | null } | null
}

export type EventOccurrence = {
  id: string
  title: string
  description: string | null
  category: string
  starts_at: string
  ends_at: string
  address: string | null
  is_free: boolean
  price: number | null
  booking_url: string | null
  accessibility_notes: string | null
  commune_id: string
  seller: { name: string; handle: string; city: string } | null
}

// Bons plans and events change during the day: a minute of cache at most.
const FRESH = { next: { revalidate: 60, tags: ["deals", "events"] } }

/** Bons plans running now, ending soonest first, in one commune or everywhere. */
export async function listRunningDeals(commune?: string): Promise<PublicDeal[]> {
  const { deals } = await medusa().client.fetch<{ deals: PublicDeal[] }>("/store/deals", {
    query: { active_now: "true", limit: 100, ...(commune ? { commune } : {}) },
    ...FRESH,
  })
  return deals
}

/** The agenda's occurrences of the next 30 days, soonest first. */
export async function listUpcomingOccurrences(commune?: string): Promise<EventOccurrence[]> {
  const to = new Date(Date.now() + 30 * 86_400_000).toISOString()
  const { occurrences } = await medusa().client.fetch<{ occurrences: EventOccurrence[] }>("/store/events", {
    query: { to, limit: 200, ...(commune ? { commune } : {}) },
    ...FRESH,
  })
  return occurrences
}
