import type { OpeningException } from "@enjoy/kernel/opening-hours"
import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { medusa } from "./medusa"

export type SellerKind =
  | "shop"
  | "restaurant"
  | "craft"
  | "market"
  | "service"
  | "cultural_site"
  | "heritage_site"

export type SellerSummary = {
  id: string
  name: string
  handle: string
  kind: SellerKind
  categories: string[]
  description: string | null
  address_1: string
  postal_code: string
  city: string
  commerce_mode: "showcase" | "reservation" | "online"
  is_open_now: boolean | null
  next_opening: string | null
}

export type TimeRange = { open: string; close: string }
export type WeeklyHours = Record<"mo" | "tu" | "we" | "th" | "fr" | "sa" | "su", TimeRange[]>

/** What the backend keeps of a vitrine photo beside its address. */
export type PhotoMeta = { alt: string; decorative: boolean; width: number; height: number; srcset: { width: number; url: string }[] }
/** As the backend stores them: a list in the photos' order, each with its address. */
export type StoredPhotoMeta = (PhotoMeta & { url: string })[]

/** The photos' descriptions by address. */
export const photoMetaByUrl = (stored: StoredPhotoMeta | null | undefined): Record<string, PhotoMeta> =>
  Object.fromEntries((stored ?? []).map((meta) => [meta.url, meta]))

export type VitrineProduct = {
  id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  variants: { id: string; prices: { amount: number; currency_code: string }[] }[]
}

export type SellerVitrine = SellerSummary & {
  photos: string[] | null
  /** Each photo's text and stored widths, keyed by its address (absent for photos stored before). */
  photo_meta?: StoredPhotoMeta | null
  accessibility: Record<string, unknown> | null
  pickup_deadline_hours: number | null
  latitude: number | null
  longitude: number | null
  phone: string | null
  email: string | null
  website: string | null
  opening_hours: { weekly: WeeklyHours; exceptions?: OpeningException[] } | null
  commune: { id: string; slug: string; name: string }
  products: VitrineProduct[]
}

/** An open establishment's vitrine, or null when it is unknown, not open, or in another commune. */
export async function getSellerVitrine(communeSlug: string, handle: string): Promise<SellerVitrine | null> {
  try {
    const { seller } = await medusa().client.fetch<{ seller: SellerVitrine }>(
      `/store/sellers/${encodeURIComponent(handle)}`,
      { next: { revalidate: 60, tags: ["sellers", "products"] } }
    )
    return seller.commune?.slug === communeSlug ? seller : null
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      return null
    }
    throw error
  }
}

/** The open establishments of a commune, by name; "open now" is computed by the backend in Paris time. */
/** How many establishments a portal shows itself; the rest are a link away, paged and filtered by the search page. */
export const PORTAL_SELLERS = 8

/** The first establishments of a commune (by name) and how many it has in all. */
export async function listCommuneSellers(communeSlug: string): Promise<{ sellers: SellerSummary[]; count: number }> {
  const { sellers, count } = await medusa().client.fetch<{ sellers: SellerSummary[]; count: number }>("/store/sellers", {
    query: { commune: communeSlug, limit: PORTAL_SELLERS },
    // Opening state changes with the clock: keep it fresh.
    next: { revalidate: 60, tags: ["sellers"] },
  })
  return { sellers, count }
}

/** Every open establishment's address in the storefront (commune slug and handle), page by page: for the sitemap. */
export async function listAllVitrines(): Promise<{ commune: string; handle: string }[]> {
  const all: { commune: string; handle: string }[] = []
  for (let offset = 0; ; offset += 100) {
    const { sellers, count } = await medusa().client.fetch<{
      sellers: { handle: string; commune?: { slug: string } }[]
      count: number
    }>("/store/sellers", { query: { limit: 100, offset }, next: { revalidate: 300, tags: ["sellers"] } })
    all.push(...sellers.filter((s) => s.commune).map((s) => ({ commune: s.commune!.slug, handle: s.handle })))
    if (!sellers.length || offset + 100 >= count) {
      return all
    }
  }
}
