import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { OpenDataResource, OpenDataRow } from "../../lib/open-data"
import { dealRow, establishmentRow, eventRow } from "../../lib/open-data-rows"

const SELLER_FIELDS = [
  "id", "name", "handle", "kind", "categories", "description", "address_1", "postal_code", "city",
  "latitude", "longitude", "phone", "email", "website", "commerce_mode", "opening_hours", "status",
]

type PublicSeller = Parameters<typeof establishmentRow>[0] & { status: string }

type Page = { commune: { id: string; slug: string; name: string; insee_code: string }; rows: OpenDataRow[]; count: number }

/**
 * One page of a commune's public data, in a stable order (by name, by date):
 * open establishments only, published bons plans still running, published
 * events not over yet. An unknown or inactive commune is a 404.
 */
export async function readOpenData(
  query: Omit<RemoteQueryFunction, symbol>,
  input: { slug: string; resource: OpenDataResource; limit: number; offset: number; storefrontUrl: string }
): Promise<Page> {
  const {
    data: [commune],
  } = await query.graph({
    entity: "commune",
    fields: ["id", "slug", "name", "insee_code", ...SELLER_FIELDS.map((f) => `sellers.${f}`)],
    filters: { slug: input.slug, status: "active" },
  })
  if (!commune) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commune '${input.slug}' was not found`)
  }
  const sellers = ((commune.sellers ?? []) as PublicSeller[])
    .filter((s) => s.status === "open")
    .sort((a, b) => a.name.localeCompare(b.name, "fr"))
  const now = new Date()
  let items: { id: string }[]
  if (input.resource === "establishments") {
    items = sellers
  } else if (input.resource === "deals") {
    const { data } = await query.graph({
      entity: "deal",
      fields: ["id", "title", "kind", "value", "conditions", "starts_on", "ends_on", "ends_at", "seller_id"],
      filters: { seller_id: sellers.map((s) => s.id), status: "published", ends_at: { $gt: now } },
    })
    const byId = new Map(sellers.map((s) => [s.id, s]))
    items = data
      .map((d) => ({ ...d, seller: byId.get(d.seller_id as string)! }))
      .sort((a, b) => String(a.starts_on).localeCompare(String(b.starts_on)) || a.title.localeCompare(b.title, "fr"))
  } else {
    const { data } = await query.graph({
      entity: "agenda_event",
      fields: ["id", "title", "category", "starts_at", "ends_at", "address", "latitude", "longitude", "is_free", "price", "booking_url", "accessibility_notes", "seller_id"],
      filters: { commune_id: commune.id, status: "published", last_ends_at: { $gt: now } },
    })
    items = data.sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
  }
  const pageItems = items.slice(input.offset, input.offset + input.limit)
  const { data: tags } = await query.graph({
    entity: "territory_tag",
    fields: ["code", "target_id"],
    filters: { target_id: pageItems.map((i) => i.id) },
  })
  const ctx = { storefrontUrl: input.storefrontUrl, communeSlug: commune.slug, tags: new Map(tags.map((t) => [t.target_id as string, t.code as string])) }
  const toRow = { establishments: establishmentRow, deals: dealRow, events: eventRow }[input.resource] as (item: unknown, c: typeof ctx) => OpenDataRow
  return {
    commune: { id: commune.id, slug: commune.slug, name: commune.name, insee_code: commune.insee_code },
    rows: pageItems.map((item) => toRow(item, ctx)),
    count: items.length,
  }
}
