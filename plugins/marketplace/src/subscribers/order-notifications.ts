import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_MODULE, type SellerModuleService } from "../modules/seller"
import { marketplaceOptions } from "../utils/plugin-options"
import { notifyOrdersWorkflow, ORDER_GROUP_PLACED, RESERVATION_STATUS_CHANGED } from "../workflows"

/** A checkout is announced once to its shopper and to each establishment; a reservation that moves announces its new status. */
export default async function notifyMarketplaceOrders({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { storefrontUrl } = marketplaceOptions(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  const storefront_url = storefrontUrl ?? "http://localhost:8000"
  if (event.name === ORDER_GROUP_PLACED) {
    const { data } = await query.graph({ entity: "order_group", fields: ["orders.id"], filters: { id: event.data.id } })
    const orderIds = (data[0]?.orders ?? []).map((o: { id: string }) => o.id)
    if (orderIds.length) {
      await notifyOrdersWorkflow(container).run({ input: { order_ids: orderIds, order_group_id: event.data.id, storefront_url } })
    }
    return
  }
  const reservation = await container.resolve<SellerModuleService>(SELLER_MODULE).retrievePickupReservation(event.data.id)
  await notifyOrdersWorkflow(container).run({ input: { order_ids: [reservation.order_id], storefront_url } })
}

export const config: SubscriberConfig = { event: [ORDER_GROUP_PLACED, RESERVATION_STATUS_CHANGED] }
