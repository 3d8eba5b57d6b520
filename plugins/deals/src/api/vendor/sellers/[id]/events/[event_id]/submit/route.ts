import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitEventWorkflow } from "../../../../../../../workflows"

/** Submit a draft event: `pending` while a `pre` association reviews it, else `published` at once. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await submitEventWorkflow(req.scope).run({
    input: { merchant_id: req.auth_context.actor_id, seller_id: req.params.id, event_id: req.params.event_id },
  })
  res.json({ event: result })
}
