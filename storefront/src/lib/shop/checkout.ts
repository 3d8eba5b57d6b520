import "server-only"
import { backendMessage, isNotFound, visitorFetch } from "../store-api"
import { currentCart, forgetCart, groupedCart } from "./cart"
import type { Contact } from "./contact"

/**
 * The payment provider for the online part. Without Stripe configured the
 * backend's system provider stands in: the page says "paiement simulé".
 */
export const SIMULATED_PAYMENT_PROVIDER = "pp_system_default"

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

/**
 * Places the visitor's cart: contact details, the online payment when part
 * of the cart is paid now, then the backend's checkout, which splits it into
 * one order per establishment (all or nothing). Returns the group's id.
 */
export async function placeOrder(contact: Contact): Promise<{ groupId: string } | { error: string }> {
  const cart = await currentCart()
  if (!cart || !cart.items.length) {
    return { error: "Votre panier est vide." }
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
      await visitorFetch(`/store/carts/${cart.id}/online-payment`, {
        method: "POST",
        body: { provider_id: SIMULATED_PAYMENT_PROVIDER },
      })
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
