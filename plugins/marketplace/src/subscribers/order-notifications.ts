import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_MODULE, type SellerModuleService } from "../modules/seller"
import { notifyOrdersWorkflow, ORDER_GROUP_PLACED, RESERVATION_STATUS_CHANGED } from "../workflows"

/** A checkout announces each of its orders; a reservation that moves announces its new status. */
export default async function notifyMarketplaceOrders({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let orderIds: string[]
  if (event.name === ORDER_GROUP_PLACED) {
    const { data } = await query.graph({ entity: "order_group", fields: ["orders.id"], filters: { id: event.data.id } })
    orderIds = (data[0]?.orders ?? []).map((o: { id: string }) => o.id)
  } else {
    const reservation = await container.resolve<SellerModuleService>(SELLER_MODULE).retrievePickupReservation(event.data.id)
    orderIds = [reservation.order_id]
  }
  if (orderIds.length) {
    await notifyOrdersWorkflow(container).run({ input: { order_ids: orderIds } })
  }
}

export const config: SubscriberConfig = { event: [ORDER_GROUP_PLACED, RESERVATION_STATUS_CHANGED] }
