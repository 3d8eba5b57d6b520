import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateVendorEventWorkflow } from "../../../../../../workflows"
import type { CreateEventType } from "../../../../../validators"

/** Replace a draft event's details (the whole event, as when creating it). */
export async function POST(req: AuthenticatedMedusaRequest<CreateEventType>, res: MedusaResponse) {
  const { result } = await updateVendorEventWorkflow(req.scope).run({
    input: { merchant_id: req.auth_context.actor_id, seller_id: req.params.id, event_id: req.params.event_id, event: req.validatedBody },
  })
  res.json({ event: result })
}
