import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSellerStatusWorkflow } from "../../../../../workflows/seller"
import { retrieveSeller } from "../../../../utils/retrieve-seller"
import type { AdminChangeSellerStatusType } from "../../validators"

/** The operator approves, suspends, reopens or closes an establishment. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminChangeSellerStatusType>,
  res: MedusaResponse
) {
  await retrieveSeller(req, req.params.id)
  await changeSellerStatusWorkflow(req.scope).run({
    input: { id: req.params.id, status: req.validatedBody.status },
  })
  res.json({ seller: await retrieveSeller(req, req.params.id) })
}
