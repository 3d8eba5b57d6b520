import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { openingState } from "../../../lib/opening-state"
import { PUBLIC_SELLER_FIELDS } from "../../utils/seller-fields"
import type { StoreGetSellersParamsType } from "./validators"

/**
 * Open establishments, filtered by commune (slug), kind, mode and "open now".
 * "Open now" depends on the clock, so it is computed here in Europe/Paris time
 * and pagination applies after it; discovery at scale goes through the search
 * index instead.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const params = req.validatedQuery as StoreGetSellersParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  let sellerIds: string[] | undefined
  if (params.commune) {
    const { data: communes } = await query.graph({
      entity: "commune",
      fields: ["sellers.id"],
      filters: { slug: params.commune, status: "active" },
    })
    sellerIds = communes.flatMap((c) => (c.sellers ?? []).map((s: { id: string }) => s.id))
  }

  const { data } = await query.graph({
    entity: "seller",
    fields: PUBLIC_SELLER_FIELDS,
    filters: {
      status: "open",
      ...(sellerIds ? { id: sellerIds } : {}),
      ...(params.kind ? { kind: params.kind } : {}),
      ...(params.commerce_mode ? { commerce_mode: params.commerce_mode } : {}),
    },
    pagination: { order: { name: "ASC" } },
  })

  const now = new Date()
  const matching = data
    .map((seller) => ({ ...seller, ...openingState(seller.opening_hours, now) }))
    .filter((seller) => params.open_now === undefined || seller.is_open_now === params.open_now)

  res.json({
    sellers: matching.slice(params.offset, params.offset + params.limit),
    count: matching.length,
    offset: params.offset,
    limit: params.limit,
  })
}
