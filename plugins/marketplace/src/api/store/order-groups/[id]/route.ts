import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveOrderGroup } from "../../../utils/order-group"

/** A checkout's orders and reservation statuses; its unguessable id is what the shopper was given. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ order_group: await retrieveOrderGroup(req.scope, req.params.id, { customer_id: req.auth_context?.actor_id }) })
}
