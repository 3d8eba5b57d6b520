import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resolveScope, visibleAssociationIds } from "../../utils/scope"

/** The audit log of the associations (and, for agents, the commune) the caller oversees, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await resolveScope(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters =
    scope.actor_type === "operator"
      ? {}
      : scope.actor_type === "agent"
        ? { commune_id: scope.commune_ids }
        : { association_id: (await visibleAssociationIds(req, scope)) ?? [] }
  const { data: entries } = await query.graph({
    entity: "association_audit_entry",
    fields: ["*", "seller.name"],
    filters,
    pagination: { order: { created_at: "DESC" }, take: 200 },
  })
  res.json({ entries, count: entries.length })
}
