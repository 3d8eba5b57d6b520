import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retrieveOrderGroup } from "../../../../utils/order-group"

/** How many checkouts the account page shows: the latest ones, with their live reservation statuses. */
const RECENT_GROUPS = 20

/** The signed-in shopper's checkouts, newest first, each with its orders and reservations. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "order_group",
    fields: ["id"],
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { order: { created_at: "DESC" }, take: RECENT_GROUPS, skip: 0 },
  })
  const order_groups = await Promise.all(data.map((group) => retrieveOrderGroup(req.scope, group.id, { owner: true })))
  res.json({ order_groups, count: metadata?.count ?? order_groups.length })
}
