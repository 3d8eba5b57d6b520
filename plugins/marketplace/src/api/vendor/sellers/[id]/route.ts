import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateVendorSellerWorkflow } from "../../../../workflows/merchant"
import { retrieveOwnSeller } from "../../../utils/own-seller"
import type { VendorUpdateSellerType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ seller: await retrieveOwnSeller(req, req.params.id) })
}

/**
 * The merchant edits its vitrine profile. `held: true` says the change waits
 * for review: the vitrine shown (and returned here) is still the approved one.
 */
export async function POST(req: AuthenticatedMedusaRequest<VendorUpdateSellerType>, res: MedusaResponse) {
  const { result } = await updateVendorSellerWorkflow(req.scope).run({
    input: { merchant_id: req.auth_context.actor_id, seller_id: req.params.id, update: req.validatedBody },
  })
  res.json({ seller: await retrieveOwnSeller(req, req.params.id), held: result.held })
}
