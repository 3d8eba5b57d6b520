import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Everything the platform keeps about the signed-in shopper (RGPD access and
 * portability): profile and addresses, checkouts with their orders and
 * reservations, bons plans. Read-only.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const customerId = req.auth_context.actor_id
  const [customer, groups, claims] = await Promise.all([
    query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "phone", "created_at", "addresses.*"],
      filters: { id: customerId },
    }),
    query.graph({
      entity: "order_group",
      fields: [
        "id",
        "email",
        "online_total",
        "created_at",
        "orders.id",
        "orders.display_id",
        "orders.email",
        "orders.total",
        "orders.created_at",
        "orders.items.title",
        "orders.items.quantity",
        "orders.items.unit_price",
        "orders.shipping_address.*",
        "orders.seller.name",
      ],
      filters: { customer_id: customerId },
    }),
    query.graph({
      entity: "deal_claim",
      fields: ["id", "code", "email", "status", "created_at", "redeemed_at", "deal.title", "deal.ends_at"],
      filters: { customer_id: customerId },
    }),
  ])
  const { data: reservations } = groups.data.length
    ? await query.graph({
        entity: "pickup_reservation",
        fields: ["id", "order_id", "status", "pickup_deadline", "decline_reason", "created_at"],
        filters: { group_id: groups.data.map((g) => g.id) },
      })
    : { data: [] }
  res.json({
    exported_at: new Date().toISOString(),
    customer: customer.data[0] ?? null,
    order_groups: groups.data,
    pickup_reservations: reservations,
    deal_claims: claims.data,
  })
}
