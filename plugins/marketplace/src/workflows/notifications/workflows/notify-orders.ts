import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { buildOrderMessagesStep, type NotifiedOrder } from "../steps"

export const notifyOrdersWorkflowId = "notify-orders"

export type NotifyOrdersInput = {
  order_ids: string[]
  /** A checkout: its shopper gets one e-mail for all its orders. */
  order_group_id?: string
  /** The storefront's public address, for the e-mails' links. */
  storefront_url: string
}

/**
 * E-mails the shopper and the establishments' merchants about orders: a new checkout, or a
 * reservation that moved. Sent through the notification module (over SMTP when configured; the local
 * provider logs them in development), in the shopper's language, with the commune's co-branding.
 */
export const notifyOrdersWorkflow = createWorkflow(notifyOrdersWorkflowId, (input: NotifyOrdersInput) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "locale",
      "items.*",
      "order_group.id",
      "seller.id",
      "seller.name",
      "seller.commune.name",
      "seller.commune.logo_url",
      "seller.members.merchant.email",
    ],
    filters: { id: input.order_ids },
  }).config({ name: "notified-orders" })
  const { data: reservations } = useQueryGraphStep({
    entity: "pickup_reservation",
    fields: ["id", "order_id", "status", "pickup_deadline", "decline_reason"],
    filters: { order_id: input.order_ids },
  }).config({ name: "notified-reservations" })

  const notifications = buildOrderMessagesStep(
    transform({ orders, reservations, input }, ({ orders, reservations, input }) => ({
      // In the checkout's order, so that the shopper's e-mail lists the establishments as the cart did.
      orders: input.order_ids
        .map((id) => orders.find((o) => o.id === id))
        .filter((order) => !!order)
        .map((order) => ({
          ...order,
          reservation: reservations.find((r) => r.order_id === order.id) ?? null,
        })) as unknown as NotifiedOrder[],
      order_group_id: input.order_group_id,
      storefront_url: input.storefront_url,
    }))
  )
  sendNotificationsStep(notifications)
  return new WorkflowResponse(notifications)
})
