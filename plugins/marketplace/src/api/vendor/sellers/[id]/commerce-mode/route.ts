import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeCommerceModeWorkflow } from "../../../../../workflows/merchant"
import { retrieveOwnSeller } from "../../../../utils/own-seller"
import type { VendorChangeCommerceModeType } from "../../../validators"

/**
 * Moves the establishment to another commerce mode once its prerequisites
 * hold. `online_payment: "simulated"` says plainly that no real money moves.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<VendorChangeCommerceModeType>,
  res: MedusaResponse
) {
  const { result } = await changeCommerceModeWorkflow(req.scope).run({
    input: {
      merchant_id: req.auth_context.actor_id,
      seller_id: req.params.id,
      commerce_mode: req.validatedBody.commerce_mode,
    },
  })
  res.json({ seller: await retrieveOwnSeller(req, req.params.id), online_payment: result.online_payment })
}
