import type { OpeningHours } from "@enjoy/kernel/opening-hours"
import type { StoredPhotoMeta } from "@/lib/sellers"
import "server-only"
import { proFetch } from "./session"

export type MerchantMe = {
  merchant: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
    memberships: { role: string; seller: { id: string; name: string; handle: string; status: string; commerce_mode: string } }[]
  }
}

export type VendorReservation = {
  id: string
  status: "requested" | "confirmed" | "ready" | "collected" | "declined" | "cancelled" | "expired"
  pickup_deadline: string
  order: {
    id: string
    display_id: number
    total: number
    email: string
    shipping_address: { first_name: string | null; last_name: string | null; phone: string | null } | null
    items: { title: string; quantity: number; unit_price: number }[]
  }
}

/** The establishment's reservations still to handle, the most urgent pickup first (the backend's order). */
export async function listOpenReservations(sellerId: string): Promise<VendorReservation[]> {
  const { reservations } = await proFetch<{ reservations: VendorReservation[] }>(
    `/vendor/sellers/${encodeURIComponent(sellerId)}/reservations`,
    { query: { status: ["requested", "confirmed", "ready"] } }
  )
  return reservations
}

export async function getOwnSeller(sellerId: string): Promise<{ id: string; name: string; handle: string; commerce_mode: string }> {
  const { seller } = await proFetch<{ seller: { id: string; name: string; handle: string; commerce_mode: string } }>(
    `/vendor/sellers/${encodeURIComponent(sellerId)}`
  )
  return seller
}

export type OwnSeller = {
  id: string
  name: string
  handle: string
  status: string
  commerce_mode: string
  description: string | null
  phone: string | null
  email: string | null
  website: string | null
  photos: string[] | null
  photo_meta?: StoredPhotoMeta | null
  opening_hours: OpeningHours | null
  commune?: { slug: string } | null
}

export type Membership = { id: string; status: "invited" | "active" | "left"; association: { id: string; name: string } }

export type Proposal = { id: string; subject: string; status: string; reason: string | null; updated_at: string; proposed: Record<string, unknown> | null }

/** Everything the vitrine editor shows: the establishment, its hours as text, what it sells and its pending proposals. */
export async function vitrineEditorData(sellerId: string) {
  const id = encodeURIComponent(sellerId)
  const [{ seller }, { osm }, { products }, { deals }, { cases }, { memberships }, { tag }] = await Promise.all([
    proFetch<{ seller: OwnSeller }>(`/vendor/sellers/${id}`),
    proFetch<{ osm: string }>(`/vendor/sellers/${id}/opening-hours`),
    proFetch<{ products: unknown[] }>(`/vendor/sellers/${id}/products`),
    proFetch<{ deals: unknown[] }>(`/vendor/sellers/${id}/deals`),
    proFetch<{ cases: Proposal[] }>(`/vendor/sellers/${id}/moderation`),
    proFetch<{ memberships: Membership[] }>(`/vendor/sellers/${id}/memberships`),
    proFetch<{ tag: { kit_downloaded_at: string | null } }>(`/vendor/sellers/${id}/tag`),
  ])
  return {
    seller,
    osm,
    products: products.length,
    deals: deals.length,
    kit: !!tag.kit_downloaded_at,
    proposals: cases.filter((c) => c.status !== "approved"),
    memberships,
  }
}

/**
 * What the dashboard needs beyond today's reservations: the getting-started steps (as the vitrine
 * editor reads them) and the proposals a moderator sent back.
 */
export async function merchantFollowUp(sellerId: string) {
  const id = encodeURIComponent(sellerId)
  const [{ seller }, { products }, { deals }, { cases }, { tag }] = await Promise.all([
    proFetch<{ seller: OwnSeller }>(`/vendor/sellers/${id}`),
    proFetch<{ products: unknown[] }>(`/vendor/sellers/${id}/products`),
    proFetch<{ deals: unknown[] }>(`/vendor/sellers/${id}/deals`),
    proFetch<{ cases: Proposal[] }>(`/vendor/sellers/${id}/moderation`),
    proFetch<{ tag: { kit_downloaded_at: string | null } }>(`/vendor/sellers/${id}/tag`),
  ])
  return { seller, products: products.length, deals: deals.length, kit: !!tag.kit_downloaded_at, cases }
}

export type VendorProduct = {
  id: string
  title: string
  description: string | null
  status: "published" | "draft"
  variants: {
    prices: { amount: number; currency_code: string }[]
    inventory_items: { inventory: { location_levels: { stocked_quantity: number; reserved_quantity: number }[] } }[]
  }[]
}

export async function listOwnProducts(sellerId: string): Promise<VendorProduct[]> {
  return (await proFetch<{ products: VendorProduct[] }>(`/vendor/sellers/${encodeURIComponent(sellerId)}/products`)).products
}
