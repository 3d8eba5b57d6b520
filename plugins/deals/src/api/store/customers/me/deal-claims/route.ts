import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentClaim } from "../../../../utils"

/** The signed-in shopper's wallet: its claims, newest first, with their status and their deal. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "deal_claim",
    fields: ["id", "code", "status", "redeemed_at", "created_at", "deal.id", "deal.title", "deal.ends_at", "deal.seller_id"],
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ claims: data.map((claim) => presentClaim(claim)) })
}
