import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { buildOrderMessagesStep, type NotifiedOrder } from "../steps"

export const notifyOrdersWorkflowId = "notify-orders"

/**
 * E-mails the shopper and the establishment's merchants about orders: a new
 * checkout, or a reservation that moved. In French; sent through the
 * notification module (the local provider logs them in development).
 */
export const notifyOrdersWorkflow = createWorkflow(notifyOrdersWorkflowId, (input: { order_ids: string[] }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "display_id", "email", "items.*", "seller.name", "seller.members.merchant.email"],
    filters: { id: input.order_ids },
  }).config({ name: "notified-orders" })
  const { data: reservations } = useQueryGraphStep({
    entity: "pickup_reservation",
    fields: ["id", "order_id", "status", "pickup_deadline", "decline_reason"],
    filters: { order_id: input.order_ids },
  }).config({ name: "notified-reservations" })

  const notifications = buildOrderMessagesStep({
    orders: transform({ orders, reservations }, ({ orders, reservations }) =>
      orders.map((order) => ({
        ...order,
        reservation: reservations.find((r) => r.order_id === order.id) ?? null,
      })) as unknown as NotifiedOrder[]
    ),
  })
  sendNotificationsStep(notifications)
  return new WorkflowResponse(notifications)
})
