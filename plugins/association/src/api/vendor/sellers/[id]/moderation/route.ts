import { retrieveOwnSeller } from "@enjoy/marketplace/vendor"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The merchant's proposals for this establishment, drafts included, with their status and the moderator's reason. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveOwnSeller(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cases } = await query.graph({
    entity: "moderation_case",
    fields: ["id", "subject", "subject_id", "policy", "status", "proposed", "reason", "decided_at", "created_at", "updated_at"],
    filters: { seller_id: req.params.id },
    pagination: { order: { updated_at: "DESC" } },
  })
  res.json({ cases })
}
