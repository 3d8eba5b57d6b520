import { searchTerms } from "@enjoy/kernel"

/**
 * What discovery holds for bons plans and agenda events: published ones of
 * establishments open to the public. Their validity windows stay in the
 * documents and are checked at query time, so nothing has to be reindexed at
 * midnight.
 */
type SellerSummary = {
  id: string
  name: string
  handle: string
  status: string
  latitude?: number | null
  longitude?: number | null
  commune?: { slug: string; name: string } | null
}

export type DealRow = {
  id: string
  title: string
  description?: string | null
  kind: string
  value?: number | null
  image_url?: string | null
  starts_at: Date | string
  ends_at: Date | string
  status: string
  seller?: SellerSummary | null
}

export function dealDocument(deal: DealRow) {
  const seller = deal.seller
  if (deal.status !== "published" || !seller || seller.status !== "open" || !seller.commune) {
    return null
  }
  return {
    id: deal.id,
    title: deal.title,
    description: deal.description ?? null,
    terms: searchTerms(deal.title, deal.description, seller.name),
    kind: deal.kind,
    value: deal.value ?? null,
    image_url: deal.image_url ?? null,
    starts_at: new Date(deal.starts_at).toISOString(),
    ends_at: new Date(deal.ends_at).toISOString(),
    seller_id: seller.id,
    seller_name: seller.name,
    seller_handle: seller.handle,
    commune: seller.commune.slug,
    commune_name: seller.commune.name,
    latitude: seller.latitude ?? null,
    longitude: seller.longitude ?? null,
  }
}

export type AgendaEventRow = {
  id: string
  title: string
  description?: string | null
  category: string
  image_url?: string | null
  starts_at: Date | string
  last_ends_at: Date | string
  address?: string | null
  latitude?: number | null
  longitude?: number | null
  is_free?: boolean | null
  price?: number | null
  status: string
  commune_id: string
  seller?: SellerSummary | null
}

export function agendaEventDocument(event: AgendaEventRow, commune: { slug: string; name: string } | undefined) {
  if (event.status !== "published" || !commune || (event.seller && event.seller.status !== "open")) {
    return null
  }
  return {
    id: event.id,
    title: event.title,
    description: event.description ?? null,
    terms: searchTerms(event.title, event.category, event.description, event.seller?.name),
    category: event.category,
    image_url: event.image_url ?? null,
    starts_at: new Date(event.starts_at).toISOString(),
    ends_at: new Date(event.last_ends_at).toISOString(),
    address: event.address ?? null,
    is_free: event.is_free ?? true,
    price: event.price ?? null,
    seller_name: event.seller?.name ?? null,
    seller_handle: event.seller?.handle ?? null,
    commune: commune.slug,
    commune_name: commune.name,
    latitude: event.latitude ?? event.seller?.latitude ?? null,
    longitude: event.longitude ?? event.seller?.longitude ?? null,
  }
}
