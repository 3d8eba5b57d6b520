import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreListDealsType } from "../../validators"
import { PUBLIC_DEAL_FIELDS } from "../../utils"

/** Published bons plans of open establishments, ending soonest first; filters: commune, establishment, kind, active now. */
export async function GET(req: MedusaRequest<unknown, StoreListDealsType>, res: MedusaResponse) {
  const { commune, establishment, kind, active_now, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sellers } = await query.graph({
    entity: "seller",
    fields: ["id", "commune.slug"],
    filters: { status: "open", ...(establishment ? { handle: establishment } : {}) },
  })
  const sellerIds = sellers
    .filter((s) => !commune || (s.commune as { slug: string } | null)?.slug === commune)
    .map((s) => s.id as string)
  const now = new Date()
  const { data: deals, metadata } = await query.graph({
    entity: "deal",
    fields: PUBLIC_DEAL_FIELDS,
    filters: {
      status: "published",
      seller_id: sellerIds.length ? sellerIds : ["__none__"],
      ends_at: { $gt: now },
      ...(kind ? { kind } : {}),
      ...(active_now === "true" ? { starts_at: { $lte: now } } : {}),
    },
    pagination: { order: { ends_at: "ASC" }, skip: offset, take: limit },
  })
  res.json({ deals, count: metadata?.count ?? deals.length, limit, offset })
}
