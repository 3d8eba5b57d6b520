import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitDealWorkflow } from "../../../../../../../workflows"

/** Submit a draft: `pending` while a `pre` association reviews it, else `published` at once. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await submitDealWorkflow(req.scope).run({
    input: { merchant_id: req.auth_context.actor_id, seller_id: req.params.id, deal_id: req.params.deal_id },
  })
  res.json({ deal: result })
}
