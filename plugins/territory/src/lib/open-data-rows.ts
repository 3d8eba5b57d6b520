import { toOsmOpeningHours, type OpeningHours } from "@enjoy/kernel"
import type { OpenDataRow } from "./open-data"

/** The published field names, in CSV column order. Stable: documented in opendata/schema.json and opendata/openapi.yaml. */
export const OPEN_DATA_FIELDS = {
  establishments: [
    "id", "name", "kind", "categories", "description", "address", "postal_code", "city", "latitude", "longitude",
    "phone", "email", "website", "commerce_mode", "opening_hours", "tag_code", "url",
  ],
  deals: ["id", "title", "kind", "value", "conditions", "starts_on", "ends_on", "establishment_id", "establishment_name", "latitude", "longitude", "tag_code", "url"],
  events: [
    "id", "title", "category", "starts_at", "ends_at", "address", "latitude", "longitude", "is_free", "price",
    "booking_url", "accessibility_notes", "establishment_id", "url",
  ],
} as const

type Seller = {
  id: string
  name: string
  handle: string
  kind: string
  categories: string[] | null
  description: string | null
  address_1: string
  postal_code: string
  city: string
  latitude: number
  longitude: number
  phone: string | null
  email: string | null
  website: string | null
  commerce_mode: string
  opening_hours?: unknown
}

type Context = { storefrontUrl: string; communeSlug: string; tags: Map<string, string> }

const vitrineUrl = (ctx: Context, handle: string) => `${ctx.storefrontUrl}/${ctx.communeSlug}/etablissements/${handle}`

export function establishmentRow(seller: Seller, ctx: Context): OpenDataRow {
  return {
    id: seller.id,
    name: seller.name,
    kind: seller.kind,
    categories: (seller.categories ?? []).join(";"),
    description: seller.description,
    address: seller.address_1,
    postal_code: seller.postal_code,
    city: seller.city,
    latitude: seller.latitude,
    longitude: seller.longitude,
    phone: seller.phone,
    email: seller.email,
    website: seller.website,
    commerce_mode: seller.commerce_mode,
    // OpenStreetMap syntax, the usual week then the dated closures: what OSM and GTFS tools read.
    opening_hours: seller.opening_hours ? toOsmOpeningHours(seller.opening_hours as OpeningHours) : null,
    tag_code: ctx.tags.get(seller.id) ?? null,
    url: vitrineUrl(ctx, seller.handle),
  }
}

type Deal = { id: string; title: string; kind: string; value: number | null; conditions: string | null; starts_on: string; ends_on: string; seller: Seller }

export function dealRow(deal: Deal, ctx: Context): OpenDataRow {
  return {
    id: deal.id,
    title: deal.title,
    kind: deal.kind,
    value: deal.value,
    conditions: deal.conditions,
    starts_on: deal.starts_on,
    ends_on: deal.ends_on,
    establishment_id: deal.seller.id,
    establishment_name: deal.seller.name,
    latitude: deal.seller.latitude,
    longitude: deal.seller.longitude,
    tag_code: ctx.tags.get(deal.id) ?? null,
    url: `${ctx.storefrontUrl}/bons-plans#${deal.id}`,
  }
}

type AgendaEvent = {
  id: string
  title: string
  category: string
  starts_at: Date | string
  ends_at: Date | string
  address: string | null
  latitude: number | null
  longitude: number | null
  is_free: boolean
  price: number | null
  booking_url: string | null
  accessibility_notes: string | null
  seller_id: string | null
}

export function eventRow(event: AgendaEvent, ctx: Context): OpenDataRow {
  return {
    id: event.id,
    title: event.title,
    category: event.category,
    starts_at: new Date(event.starts_at).toISOString(),
    ends_at: new Date(event.ends_at).toISOString(),
    address: event.address,
    latitude: event.latitude,
    longitude: event.longitude,
    is_free: event.is_free,
    price: event.price,
    booking_url: event.booking_url,
    accessibility_notes: event.accessibility_notes,
    establishment_id: event.seller_id,
    url: `${ctx.storefrontUrl}/agenda#${event.id}`,
  }
}

const defined = <T extends Record<string, unknown>>(object: T) =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined && v !== "")) as Partial<T>

/** schema.org for one row: an establishment is a LocalBusiness, a bon plan an Offer, an event an Event. */
export function schemaOrgNode(resource: "establishments" | "deals" | "events", row: OpenDataRow) {
  const geo = typeof row.latitude === "number" ? { "@type": "GeoCoordinates", latitude: row.latitude, longitude: row.longitude } : undefined
  if (resource === "establishments") {
    return defined({
      "@type": "LocalBusiness",
      "@id": row.url,
      identifier: row.id,
      name: row.name,
      description: row.description,
      url: row.url,
      telephone: row.phone,
      email: row.email,
      sameAs: row.website,
      address: { "@type": "PostalAddress", streetAddress: row.address, postalCode: row.postal_code, addressLocality: row.city, addressCountry: "FR" },
      geo,
    })
  }
  if (resource === "deals") {
    return defined({
      "@type": "Offer",
      "@id": row.url,
      identifier: row.id,
      name: row.title,
      description: row.conditions,
      validFrom: row.starts_on,
      validThrough: row.ends_on,
      url: row.url,
      offeredBy: { "@type": "LocalBusiness", identifier: row.establishment_id, name: row.establishment_name },
    })
  }
  return defined({
    "@type": "Event",
    "@id": row.url,
    identifier: row.id,
    name: row.title,
    startDate: row.starts_at,
    endDate: row.ends_at,
    url: row.url,
    isAccessibleForFree: row.is_free,
    location: { "@type": "Place", address: row.address ?? undefined, geo },
    offers: row.price ? { "@type": "Offer", price: row.price, priceCurrency: "EUR", url: row.booking_url ?? undefined } : undefined,
  })
}
