import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeReservationStatusWorkflow } from "../../../../../../../workflows/reservation"
import { retrieveOrderGroup } from "../../../../../../utils/order-group"

/** The shopper cancels a reservation of their checkout; the items go back on the shelf. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await changeReservationStatusWorkflow(req.scope).run({
    input: { reservation_id: req.params.reservation_id, status: "cancelled", actor: "shopper", group_id: req.params.id },
  })
  res.json({ order_group: await retrieveOrderGroup(req.scope, req.params.id, { customer_id: req.auth_context?.actor_id }) })
}
