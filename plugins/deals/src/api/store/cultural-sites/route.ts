import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { occurrences, type Recurrence } from "../../../lib/occurrences"
import type { StoreListSitesType } from "../../validators"

const DAYS_AHEAD = 30

/** The open cultural and heritage sites (of a commune), how to visit them, and their events of the next 30 days. */
export async function GET(req: MedusaRequest<unknown, StoreListSitesType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sites } = await query.graph({
    entity: "seller",
    fields: ["id", "name", "handle", "kind", "description", "photos", "address_1", "postal_code", "city", "latitude", "longitude", "accessibility", "visit_info", "opening_hours", "commune.slug"],
    filters: { status: "open", kind: ["cultural_site", "heritage_site"] },
  })
  const { commune } = req.validatedQuery
  const listed = sites.filter((s) => !commune || (s.commune as { slug: string } | null)?.slug === commune)
  const now = new Date()
  const until = new Date(now.getTime() + DAYS_AHEAD * 86_400_000)
  const { data: events } = await query.graph({
    entity: "agenda_event",
    fields: ["id", "title", "category", "starts_at", "ends_at", "recurrence", "seller_id", "is_free", "price", "booking_url"],
    filters: { status: "published", seller_id: listed.length ? listed.map((s) => s.id) : ["__none__"], last_ends_at: { $gt: now } },
  })
  res.json({
    sites: listed.map((site) => ({
      ...site,
      events: events
        .filter((e) => e.seller_id === site.id)
        .flatMap(({ recurrence, ...e }) => occurrences({ ...e, recurrence: recurrence as Recurrence }, now, until).map((o) => ({ ...e, ...o })))
        .sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime()),
    })),
  })
}
