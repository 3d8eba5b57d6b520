import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { canSeeCase } from "../../../../lib/scope"
import { resolveScope } from "../../../utils/scope"
import { CASE_FIELDS } from "../route"

/** One case with its before/after, if the caller may see it (else 404). */
export async function retrieveVisibleCase(req: AuthenticatedMedusaRequest) {
  const scope = await resolveScope(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [found],
  } = await query.graph({
    entity: "moderation_case",
    fields: [...CASE_FIELDS, "seller.name", "seller.handle"],
    filters: { id: req.params.id },
  })
  if (!found || !canSeeCase(scope, found)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Demande de modération introuvable")
  }
  return found
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ case: await retrieveVisibleCase(req) })
}
