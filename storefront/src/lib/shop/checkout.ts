import { getDictionary } from "@/lib/i18n"
import "server-only"
import { storefrontConfig } from "../config"
import { backendMessage, isNotFound, visitorFetch } from "../store-api"
import { currentCart, forgetCart, groupedCart } from "./cart"
import type { Contact } from "./contact"
import { stripeClientSecret } from "./payment"

export type Reservation = {
  id: string
  status: "requested" | "confirmed" | "ready" | "collected" | "declined" | "cancelled" | "expired"
  pickup_deadline: string
  decline_reason: string | null
}

export type GroupOrder = {
  id: string
  display_id: number
  total: number
  commerce_mode: "reservation" | "online"
  seller: { id: string; name: string; handle: string }
  items: { id: string; title: string; quantity: number; unit_price: number; total: number }[]
  reservation: Reservation | null
}

export type OrderGroup = { id: string; email: string; online_total: number; created_at: string; orders: GroupOrder[] }

export type PlaceOrderResult =
  | { groupId: string }
  | { error: string }
  /** Stripe: the Payment Element confirms this, then Stripe's webhook checks the cart out. */
  | { stripe: { clientSecret: string; cartId: string } }

/**
 * Places the visitor's cart: contact details, the online payment when part
 * of the cart is paid now, then the backend's checkout, which splits it into
 * one order per establishment (all or nothing). Returns the group's id, or
 * with Stripe the payment to confirm first.
 */
export async function placeOrder(contact: Contact): Promise<PlaceOrderResult> {
  const { t } = await getDictionary()
  const cart = await currentCart()
  if (!cart || !cart.items.length) {
    return { error: t.forms.emptyCart }
  }
  try {
    await visitorFetch(`/store/carts/${cart.id}`, {
      method: "POST",
      body: {
        email: contact.email,
        shipping_address: {
          first_name: contact.first_name,
          last_name: contact.last_name,
          phone: contact.phone,
          country_code: "fr",
        },
      },
    })
    const { onlineTotal } = await groupedCart(cart)
    if (onlineTotal > 0) {
      const payment = storefrontConfig().payment
      const { payment_collection } = await visitorFetch<{ payment_collection: Parameters<typeof stripeClientSecret>[0] }>(
        `/store/carts/${cart.id}/online-payment`,
        { method: "POST", body: { provider_id: payment.provider } }
      )
      if (payment.mode === "stripe") {
        const clientSecret = stripeClientSecret(payment_collection)
        if (!clientSecret) {
          return { error: t.forms.onlinePaymentUnavailable }
        }
        return { stripe: { clientSecret, cartId: cart.id } }
      }
    }
    const { order_group } = await visitorFetch<{ order_group: { id: string } }>(`/store/carts/${cart.id}/checkout`, {
      method: "POST",
      body: {},
    })
    await forgetCart()
    return { groupId: order_group.id }
  } catch (error) {
    const message = backendMessage(error)
    if (message) {
      return { error: message }
    }
    throw error
  }
}

/** The checkout a cart became, or null while Stripe's webhook has not checked it out yet. */
export async function getOrderGroupOfCart(cartId: string): Promise<OrderGroup | null> {
  try {
    return (await visitorFetch<{ order_group: OrderGroup }>(`/store/carts/${encodeURIComponent(cartId)}/order-group`)).order_group
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
}

/** A checkout by its unguessable id (what the confirmation page and e-mails link to), or null. */
export async function getOrderGroup(id: string): Promise<OrderGroup | null> {
  try {
    return (await visitorFetch<{ order_group: OrderGroup }>(`/store/order-groups/${encodeURIComponent(id)}`)).order_group
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
}

/** Reservations still moving (requested, confirmed, ready): worth refreshing the page for. */
export function hasLiveReservations(groups: OrderGroup[]): boolean {
  return groups.some((g) => g.orders.some((o) => o.reservation && ["requested", "confirmed", "ready"].includes(o.reservation.status)))
}
