import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { medusa } from "./medusa"

export type Commune = {
  id: string
  name: string
  slug: string
  insee_code: string
  postal_codes: string[]
  population: number
  population_year: number
  logo_url: string | null
  primary_color: string
  secondary_color: string
  primary_text_color: string
  secondary_text_color: string
  latitude: number
  longitude: number
}

// Communes change rarely: a minute of cache keeps portals fast and fresh enough.
const CACHE = { next: { revalidate: 60, tags: ["communes"] } }

export async function listCommunes(): Promise<Commune[]> {
  const { communes } = await medusa().client.fetch<{ communes: Commune[] }>("/store/communes", {
    query: { limit: 200 },
    ...CACHE,
  })
  return communes
}

/** The commune of a portal, or null when the slug is unknown or not active. */
export async function getCommune(slug: string): Promise<Commune | null> {
  try {
    const { commune } = await medusa().client.fetch<{ commune: Commune }>(
      `/store/communes/${encodeURIComponent(slug)}`,
      CACHE
    )
    return commune
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      return null
    }
    throw error
  }
}
