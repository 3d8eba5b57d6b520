import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { editProductOnBehalfWorkflow } from "../../../../../../workflows/moderation"
import type { OnBehalfProductUpdateType } from "../../../../../validators"
import { resolveScope } from "../../../../../utils/scope"

/** Assisted entry: a moderator changes a member establishment's product (text, price, stock); audited. */
export async function POST(req: AuthenticatedMedusaRequest<OnBehalfProductUpdateType>, res: MedusaResponse) {
  const { result } = await editProductOnBehalfWorkflow(req.scope).run({
    input: {
      scope: await resolveScope(req),
      seller_id: req.params.id,
      product_id: req.params.product_id,
      fields: req.validatedBody,
    },
  })
  res.json(result)
}
