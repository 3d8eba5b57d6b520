import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ASSOCIATION_MODULE, type AssociationModuleService } from "../../../../modules/association"
import { editSellerOnBehalfWorkflow, onBehalfAssociation } from "../../../../workflows/moderation"
import { resolveScope } from "../../../utils/scope"

const ON_BEHALF_FIELDS = ["id", "name", "handle", "status", "description", "phone", "email", "website", "city"]

/** What the assisted editor shows: a member establishment the moderator may act for (else 404), and for which association. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
  const { association_id } = await onBehalfAssociation(service, await resolveScope(req), req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph({ entity: "seller", fields: ON_BEHALF_FIELDS, filters: { id: req.params.id } }, { throwIfKeyNotFound: true })
  res.json({ seller, association_id })
}

/** Assisted entry: a moderator edits a member establishment's vitrine; published at once and audited. */
export async function POST(req: AuthenticatedMedusaRequest<Record<string, unknown>>, res: MedusaResponse) {
  await editSellerOnBehalfWorkflow(req.scope).run({
    input: { scope: await resolveScope(req), seller_id: req.params.id, update: req.validatedBody },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph({ entity: "seller", fields: ["*"], filters: { id: req.params.id } })
  res.json({ seller })
}
