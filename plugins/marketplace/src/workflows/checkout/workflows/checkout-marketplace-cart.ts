import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  authorizePaymentSessionStep,
  createOrdersStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  updateCartsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { orderInputsFor, orderOfGroup, reservationsFor, stockToReserve } from "../../../lib/checkout-orders"
import { SELLER_MODULE } from "../../../modules/seller"
import {
  createOrderGroupStep,
  createPickupReservationsStep,
  reserveSellerStockStep,
  validateCheckoutStep,
} from "../steps"

export const checkoutMarketplaceCartWorkflowId = "checkout-marketplace-cart"

/** Emitted once per checkout, after its orders exist: notifications listen to it. */
export const ORDER_GROUP_PLACED = "marketplace.order_group.placed"

const SELLER = [
  "id",
  "name",
  "email",
  "commerce_mode",
  "status",
  "pickup_deadline_hours",
  "stock_location.id",
  "stock_location.fulfillment_sets.type",
  "stock_location.fulfillment_sets.service_zones.shipping_options.id",
  "stock_location.fulfillment_sets.service_zones.shipping_options.name",
].map((field) => `items.product.seller.${field}`)

const CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "locale",
  "completed_at",
  "region_id",
  "customer_id",
  "sales_channel_id",
  "shipping_address.*",
  "billing_address.*",
  "shipping_methods.*",
  "items.*",
  "items.total",
  "items.tax_lines.*",
  "items.adjustments.*",
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
  "payment_collection.id",
  "payment_collection.amount",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.status",
  "payment_collection.payment_sessions.provider_id",
  ...SELLER,
]

/**
 * Checks out a cart that may hold several establishments: one order per
 * establishment under one group, each establishment's stock reserved in its
 * own location, a pickup reservation for those that are paid in store, and
 * the online part paid through the cart's payment session — all or nothing.
 * Running it again for the same cart returns the same group.
 */
export const checkoutMarketplaceCartWorkflow = createWorkflow(
  checkoutMarketplaceCartWorkflowId,
  (input: { cart_id: string }) => {
    acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })

    const { data: existing } = useQueryGraphStep({
      entity: "order_group",
      fields: ["id"],
      filters: { cart_id: input.cart_id },
    }).config({ name: "existing-order-group" })

    const created = when("first-checkout", { existing }, ({ existing }) => !existing.length).then(() => {
      const { data: carts } = useQueryGraphStep({
        entity: "cart",
        fields: CART_FIELDS,
        filters: { id: input.cart_id },
        options: { throwIfKeyNotFound: true },
      }).config({ name: "checkout-cart" })
      const cart = transform({ carts }, ({ carts }) => carts[0])

      const checkout = validateCheckoutStep({ cart })

      const group = createOrderGroupStep(
        transform({ cart, checkout }, ({ cart, checkout }) => ({
          cart_id: cart.id,
          email: cart.email!,
          customer_id: cart.customer_id ?? null,
          payment_collection_id: checkout.payment_session_id ? (cart.payment_collection?.id ?? null) : null,
          online_total: checkout.online_total,
        }))
      )

      const orders = createOrdersStep(
        // Medusa's CreateOrderDTO wants undefined where the cart's snapshot holds null, which createOrders accepts.
        transform({ cart, checkout, group }, ({ cart, checkout, group }) =>
          orderInputsFor(cart, checkout.groups, group.id)
        ) as never
      )

      createPickupReservationsStep(
        transform({ checkout, orders, group }, ({ checkout, orders, group }) =>
          reservationsFor(checkout.groups, orders, group.id, group.email, new Date())
        )
      )

      createRemoteLinkStep(
        transform({ checkout, orders, group, cart }, ({ checkout, orders, group, cart }): LinkDefinition[] =>
          checkout.groups.flatMap((sellerGroup) => {
            const order = orderOfGroup(orders, sellerGroup)
            const links: LinkDefinition[] = [
              { [SELLER_MODULE]: { order_group_id: group.id }, [Modules.ORDER]: { order_id: order.id } },
              { [SELLER_MODULE]: { seller_id: sellerGroup.seller.id }, [Modules.ORDER]: { order_id: order.id } },
            ]
            if (sellerGroup.mode === "online" && cart.payment_collection?.id) {
              links.push({
                [Modules.ORDER]: { order_id: order.id },
                [Modules.PAYMENT]: { payment_collection_id: cart.payment_collection.id },
              })
            }
            return links
          })
        )
      )

      updateCartsStep(transform({ cart }, ({ cart }) => [{ id: cart.id, completed_at: new Date() }]))

      reserveSellerStockStep(transform({ checkout, orders }, ({ checkout, orders }) => stockToReserve(checkout.groups, orders)))

      // Paying comes last, so that nothing after it can fail and force a refund.
      authorizePaymentSessionStep({ id: transform({ checkout }, ({ checkout }) => checkout.payment_session_id) })
      emitEventStep({
        eventName: "order.placed",
        data: transform({ orders }, ({ orders }) => orders.map((order) => ({ id: order.id }))),
      }).config({ name: "emit-orders-placed" })
      emitEventStep({ eventName: ORDER_GROUP_PLACED, data: transform({ group }, ({ group }) => ({ id: group.id })) }).config({
        name: "emit-order-group-placed",
      })
      return group
    })

    releaseLockStep({ key: input.cart_id })

    return new WorkflowResponse(
      transform({ created, existing }, ({ created, existing }) => ({ id: (created?.id ?? existing[0]?.id) as string }))
    )
  }
)
