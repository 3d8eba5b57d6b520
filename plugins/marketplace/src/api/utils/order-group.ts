import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const GROUP_FIELDS = [
  "id",
  "email",
  "online_total",
  "created_at",
  "orders.id",
  "orders.display_id",
  "orders.status",
  "orders.currency_code",
  "orders.total",
  "orders.metadata",
  "orders.items.id",
  "orders.items.title",
  "orders.items.quantity",
  "orders.items.unit_price",
  "orders.items.total",
  "orders.seller.id",
  "orders.seller.name",
  "orders.seller.handle",
]

/**
 * A checkout as the shopper sees it: its reference, then one order per
 * establishment with its mode and, for reservations, the pickup status.
 */
export async function retrieveOrderGroup(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({ entity: "order_group", fields: GROUP_FIELDS, filters: { id } })
  if (!group) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Commande introuvable")
  }
  const { data: reservations } = await query.graph({
    entity: "pickup_reservation",
    fields: ["id", "order_id", "status", "pickup_deadline", "decline_reason"],
    filters: { group_id: id },
  })
  const orders = ((group.orders ?? []) as { id: string; metadata?: unknown }[]).map((order) => {
    const { metadata, ...rest } = order
    return {
      ...rest,
      commerce_mode: (metadata as { commerce_mode?: string } | null)?.commerce_mode,
      reservation: reservations.find((r) => r.order_id === order.id) ?? null,
    }
  })
  return { ...group, orders }
}
