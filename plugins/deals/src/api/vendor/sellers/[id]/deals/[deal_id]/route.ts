import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateDealWorkflow } from "../../../../../../workflows"
import type { VendorUpdateDealType } from "../../../../../validators"

/** Edit, publish, pause or resume a bon plan; another establishment's deal is a 404. */
export async function POST(req: AuthenticatedMedusaRequest<VendorUpdateDealType>, res: MedusaResponse) {
  const { result } = await updateDealWorkflow(req.scope).run({
    input: {
      merchant_id: req.auth_context.actor_id,
      seller_id: req.params.id,
      deal_id: req.params.deal_id,
      update: req.validatedBody,
    },
  })
  res.json({ deal: result })
}
