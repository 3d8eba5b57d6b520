import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resolveScope, visibleAssociationIds } from "../../utils/scope"

/** Who is signed in, and the associations they moderate or (agents) oversee. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await resolveScope(req)
  const ids = await visibleAssociationIds(req, scope)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: associations } = await query.graph({
    entity: "association",
    fields: ["id", "name", "slug", "policy", "communes.slug"],
    filters: ids ? { id: ids } : {},
  })
  res.json({ scope, associations })
}
