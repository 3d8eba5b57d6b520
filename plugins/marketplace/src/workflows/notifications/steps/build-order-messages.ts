import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput, CreateNotificationDTO } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { type Message, onlineOrderMessages, reservationMessages } from "../../../lib/reservation-messages"
import type { ReservationStatus } from "../../../lib/reservation-status"

export type NotifiedOrder = {
  id: string
  display_id: number
  email: string
  items: { title: string; quantity: BigNumberInput }[]
  seller: { name: string; members: { merchant: { email: string } }[] }
  reservation?: { id: string; status: ReservationStatus; pickup_deadline: Date | string; decline_reason?: string | null } | null
}

/** Turns orders (and their reservations) into e-mail notifications, one per recipient and step. */
export const buildOrderMessagesStep = createStep("build-order-messages", async (input: { orders: NotifiedOrder[] }) => {
  const notifications: CreateNotificationDTO[] = input.orders.flatMap((order) => {
    const common = {
      order_display_id: order.display_id,
      seller_name: order.seller.name,
      shopper_email: order.email,
      merchant_emails: order.seller.members.map((m) => m.merchant.email),
      // Inside a workflow, quantities are BigNumber objects rather than plain numbers.
      lines: order.items.map((i) => ({ title: i.title, quantity: MathBN.convert(i.quantity).toNumber() })),
    }
    const step = order.reservation?.status ?? "paid"
    const messages: Message[] = order.reservation
      ? reservationMessages({ ...common, ...order.reservation })
      : onlineOrderMessages(common)
    return messages.map((message) => ({
      to: message.to,
      channel: "email",
      template: `marketplace-order-${step}`,
      data: { subject: message.subject, text: message.text },
      resource_id: order.reservation?.id ?? order.id,
      resource_type: order.reservation ? "pickup_reservation" : "order",
      // The same step is never announced twice to the same person, even if the event is delivered again.
      idempotency_key: `${order.reservation?.id ?? order.id}:${step}:${message.to}`,
    }))
  })
  return new StepResponse(notifications)
})
