import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { retrieveOrderGroup } from "../../../../utils/order-group"

/**
 * The checkout a cart became. After a card payment the shopper comes back
 * from Stripe before or after the webhook has checked the cart out: until
 * then this answers 404 and the storefront waits.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({ entity: "order_group", fields: ["id"], filters: { cart_id: req.params.id } })
  if (!group) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Ce panier n'est pas encore devenu une commande")
  }
  res.json({ order_group: await retrieveOrderGroup(req.scope, group.id, { customer_id: req.auth_context?.actor_id }) })
}
