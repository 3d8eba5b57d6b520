import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { linkOrderToSellersWorkflow } from "../workflows/orders"

/** Every placed order reaches the establishments whose products it holds. */
export default async function linkPlacedOrderToSellers({ event, container }: SubscriberArgs<{ id: string }>) {
  await linkOrderToSellersWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
