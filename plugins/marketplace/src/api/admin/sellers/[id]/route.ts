import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateSellerWorkflow } from "../../../../workflows/seller"
import { retrieveSeller } from "../../../utils/retrieve-seller"
import type { AdminUpdateSellerType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ seller: await retrieveSeller(req, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateSellerType>, res: MedusaResponse) {
  await updateSellerWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  res.json({ seller: await retrieveSeller(req, req.params.id) })
}
