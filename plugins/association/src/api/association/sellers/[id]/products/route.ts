import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { editProductOnBehalfWorkflow } from "../../../../../workflows/moderation"
import type { OnBehalfProductType } from "../../../../validators"
import { resolveScope } from "../../../../utils/scope"

/** Assisted entry: a moderator adds a product for a member establishment; published at once and audited. */
export async function POST(req: AuthenticatedMedusaRequest<OnBehalfProductType>, res: MedusaResponse) {
  const { result } = await editProductOnBehalfWorkflow(req.scope).run({
    input: { scope: await resolveScope(req), seller_id: req.params.id, fields: req.validatedBody },
  })
  res.status(201).json(result)
}
