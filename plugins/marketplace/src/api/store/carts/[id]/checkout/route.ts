import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkoutMarketplaceCartWorkflow } from "../../../../../workflows/checkout"
import { retrieveOrderGroup } from "../../../../utils/order-group"

/**
 * Checks out a cart across establishments: one order per establishment,
 * grouped; reservations are paid in store, the rest through the cart's
 * online payment session. Calling it again returns the same group.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await checkoutMarketplaceCartWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
  res.status(201).json({ order_group: await retrieveOrderGroup(req.scope, result.id, { owner: true }) })
}
