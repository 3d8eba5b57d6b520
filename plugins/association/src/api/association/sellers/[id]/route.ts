import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { editSellerOnBehalfWorkflow } from "../../../../workflows/moderation"
import { resolveScope } from "../../../utils/scope"

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
