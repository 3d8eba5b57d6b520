import type { CheckoutCartItem, CheckoutGroup } from "./checkout-plan"
import { orderItemFromCartItem } from "./checkout-plan"
import { pickupDeadline } from "./reservation-status"

/** Where an establishment keeps its stock and how its pickup is offered (query graph of the seller). */
export type SellerLogistics = {
  stock_location?: {
    id: string
    fulfillment_sets?: { type?: string; service_zones?: { shipping_options?: { id: string; name: string }[] }[] }[]
  } | null
}

export type CheckoutVariant = {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_items?: { inventory_item_id: string; required_quantity: number }[] | null
}

export type SplitCart = {
  id: string
  email: string
  currency_code: string
  region_id?: string | null
  customer_id?: string | null
  sales_channel_id?: string | null
  locale?: string | null
  shipping_address?: Record<string, unknown> | null
  billing_address?: Record<string, unknown> | null
  shipping_methods?: { shipping_option_id?: string | null; name: string; amount: number; data?: unknown }[] | null
}

const withoutId = (address?: Record<string, unknown> | null) => {
  if (!address) {
    return null
  }
  const { id: _id, ...rest } = address
  return rest
}

/** The establishment's own pickup option: its stock location's pickup fulfillment set. */
export function pickupOptionOf(seller: SellerLogistics) {
  const sets = seller.stock_location?.fulfillment_sets ?? []
  const pickup = sets.find((s) => s.type === "pickup") ?? sets[0]
  return pickup?.service_zones?.flatMap((z) => z.shipping_options ?? [])[0] ?? null
}

/**
 * One order per establishment. Each keeps the cart's shipping methods that
 * belong to that establishment, or its free in-store pickup by default.
 */
export function orderInputsFor(cart: SplitCart, groups: CheckoutGroup[], groupId: string) {
  return groups.map((group) => {
    const seller = group.seller as CheckoutGroup["seller"] & SellerLogistics
    const pickup = pickupOptionOf(seller)
    const sellerOptionIds = new Set(
      (seller.stock_location?.fulfillment_sets ?? []).flatMap((s) =>
        (s.service_zones ?? []).flatMap((z) => (z.shipping_options ?? []).map((o) => o.id))
      )
    )
    const chosen = (cart.shipping_methods ?? []).filter((m) => m.shipping_option_id && sellerOptionIds.has(m.shipping_option_id))
    const shipping_methods = chosen.length
      ? chosen.map((m) => ({ name: m.name, amount: m.amount, shipping_option_id: m.shipping_option_id, data: m.data ?? {} }))
      : [{ name: pickup?.name ?? "Retrait en boutique", amount: 0, shipping_option_id: pickup?.id ?? null, data: {} }]
    return {
      region_id: cart.region_id ?? undefined,
      customer_id: cart.customer_id ?? undefined,
      sales_channel_id: cart.sales_channel_id ?? undefined,
      status: "pending" as const,
      email: cart.email,
      currency_code: cart.currency_code,
      locale: cart.locale ?? undefined,
      shipping_address: withoutId(cart.shipping_address),
      billing_address: withoutId(cart.billing_address),
      no_notification: false,
      items: group.items.map(orderItemFromCartItem),
      shipping_methods,
      metadata: { order_group_id: groupId, seller_id: group.seller.id, commerce_mode: group.mode },
    }
  })
}

type CreatedOrder = {
  id: string
  metadata?: Record<string, unknown> | null
  items?: { id: string; variant_id?: string | null; metadata?: Record<string, unknown> | null }[] | null
}

/**
 * The order created for a group. Medusa returns orders created together in no
 * guaranteed order (ids made in the same millisecond sort at random), so an
 * order is found by the establishment written in its metadata, never by its
 * position: a position would give one merchant another's order and reserve
 * the wrong lines.
 */
export function orderOfGroup<Order extends { id: string; metadata?: Record<string, unknown> | null }>(
  orders: Order[],
  group: Pick<CheckoutGroup, "seller">
): Order {
  const order = orders.find((o) => o.metadata?.seller_id === group.seller.id)
  if (!order) {
    throw new Error(`No order was created for establishment ${group.seller.id}`)
  }
  return order
}

/** The stock each establishment reserves, in its own location, for the order lines just created. */
export function stockToReserve(groups: CheckoutGroup[], orders: CreatedOrder[]) {
  return groups.map((group) => {
    const seller = group.seller as CheckoutGroup["seller"] & SellerLogistics
    const cartItems = new Map(group.items.map((i) => [i.id, i as CheckoutCartItem & { variant?: CheckoutVariant | null }]))
    const lines = (orderOfGroup(orders, group).items ?? []).flatMap((line) => {
      const cartItem = cartItems.get(String(line.metadata?.cart_line_item_id))
      const variant = cartItem?.variant
      if (!cartItem || !variant?.manage_inventory) {
        return []
      }
      return (variant.inventory_items ?? []).map((inv) => ({
        line_item_id: line.id,
        title: cartItem.title,
        inventory_item_id: inv.inventory_item_id,
        quantity: cartItem.quantity * (inv.required_quantity ?? 1),
        allow_backorder: !!variant.allow_backorder,
      }))
    })
    if (lines.length && !seller.stock_location?.id) {
      throw new Error(`Establishment ${group.seller.id} has no stock location`)
    }
    return { seller_name: group.seller.name, location_id: seller.stock_location?.id ?? "", lines }
  })
}

/** A pickup reservation for each reservation-mode order, due after the establishment's pickup delay. */
export function reservationsFor(groups: CheckoutGroup[], orders: CreatedOrder[], groupId: string, email: string, now: Date) {
  return groups.flatMap((group) =>
    group.mode === "reservation"
      ? [
          {
            order_id: orderOfGroup(orders, group).id,
            seller_id: group.seller.id,
            group_id: groupId,
            email,
            pickup_deadline: pickupDeadline(now, group.seller.pickup_deadline_hours),
          },
        ]
      : []
  )
}
