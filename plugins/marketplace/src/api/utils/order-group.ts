import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { maskEmail } from "../../lib/contact-masking"

const GROUP_FIELDS = [
  "id",
  "email",
  "customer_id",
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

/** Who reads the group: `owner` for the shopper who checked out (signed in, or answered at checkout). */
export type OrderGroupReader = { owner: true } | { customer_id?: string | null }

/**
 * A checkout as the shopper sees it: its reference, then one order per
 * establishment with its mode and, for reservations, the pickup status.
 * Someone holding only the reference reads the e-mail masked; its signed-in owner reads it whole.
 */
export async function retrieveOrderGroup(container: MedusaContainer, id: string, reader: OrderGroupReader) {
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
  const { customer_id, email, ...rest } = group as typeof group & { customer_id: string | null; email: string }
  const isOwner = "owner" in reader || (!!customer_id && reader.customer_id === customer_id)
  return { ...rest, email: isOwner ? email : maskEmail(email), orders }
}
