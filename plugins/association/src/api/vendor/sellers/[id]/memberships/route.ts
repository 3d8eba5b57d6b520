import { retrieveOwnSeller } from "@enjoy/marketplace/vendor"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The associations that invited or count this establishment among their members. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveOwnSeller(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: memberships } = await query.graph({
    entity: "association_membership",
    fields: ["id", "status", "joined_at", "ended_at", "association.id", "association.name", "association.policy"],
    filters: { seller_id: req.params.id },
  })
  res.json({ memberships })
}
