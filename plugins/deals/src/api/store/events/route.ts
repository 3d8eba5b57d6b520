import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { occurrences, type Recurrence } from "../../../lib/occurrences"
import type { StoreListEventsType } from "../../validators"

const DAY = 86_400_000

const EVENT_FIELDS = [
  "id", "title", "description", "image_url", "category", "starts_at", "ends_at", "recurrence", "commune_id",
  "address", "latitude", "longitude", "is_free", "price", "booking_url", "accessibility_notes",
  "seller.id", "seller.name", "seller.handle", "seller.kind", "seller.address_1", "seller.city",
]

/**
 * The agenda: each occurrence of the published events in [from, to) (default:
 * the next 60 days), soonest first. Filters: commune, establishment, category, free.
 */
export async function GET(req: MedusaRequest<unknown, StoreListEventsType>, res: MedusaResponse) {
  const { commune, establishment, category, free, limit, offset } = req.validatedQuery
  const from = req.validatedQuery.from ? new Date(req.validatedQuery.from) : new Date()
  const to = req.validatedQuery.to ? new Date(req.validatedQuery.to) : new Date(from.getTime() + 60 * DAY)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { status: "published", last_ends_at: { $gt: from }, starts_at: { $lt: to } }
  if (commune) {
    const { data } = await query.graph({ entity: "commune", fields: ["id"], filters: { slug: commune } })
    filters.commune_id = data.map((c) => c.id)
  }
  if (establishment) {
    const { data } = await query.graph({ entity: "seller", fields: ["id"], filters: { handle: establishment } })
    filters.seller_id = data.map((s) => s.id)
  }
  if (category) {
    filters.category = category
  }
  if (free) {
    filters.is_free = free === "true"
  }
  const { data: events } = await query.graph({ entity: "agenda_event", fields: EVENT_FIELDS, filters })
  const all = events
    .flatMap(({ recurrence, ...event }) =>
      occurrences({ ...event, recurrence: recurrence as Recurrence }, from, to).map((o) => ({ ...event, ...o }))
    )
    .sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime())
  res.json({ occurrences: all.slice(offset, offset + limit), count: all.length, limit, offset })
}
