import { getDictionary } from "@/lib/i18n"
import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { medusa } from "./medusa"
import { CART_COOKIE, dropCookie, readCookie, SESSION_COOKIE, writeCookie } from "./session"
import type { OrderGroup } from "./shop/checkout"
import { visitorFetch } from "./store-api"

export type Customer = { id: string; email: string; first_name: string | null; last_name: string | null; phone: string | null }

export type DealClaim = {
  id: string
  code: string
  qr_payload: string
  status: "claimed" | "redeemed" | "expired" | "cancelled"
  redeemed_at: string | null
  created_at: string
  deal: { id: string; title: string; ends_at: string } | null
}

/** The signed-in shopper, or null (no session, or one the backend no longer accepts). */
export async function currentCustomer(): Promise<Customer | null> {
  if (!(await readCookie(SESSION_COOKIE))) {
    return null
  }
  try {
    return (await visitorFetch<{ customer: Customer }>("/store/customers/me")).customer
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 404)) {
      return null
    }
    throw error
  }
}

/** Medusa's emailpass login; the token goes in an httpOnly cookie, never to the browser's scripts. */
async function login(email: string, password: string): Promise<string | null> {
  try {
    const { token } = await medusa().client.fetch<{ token: string }>("/auth/customer/emailpass", {
      method: "POST",
      body: { email, password },
      cache: "no-store",
    })
    return token
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 400)) {
      return null
    }
    throw error
  }
}

/** A cart filled before signing in becomes the shopper's. */
async function adoptCart() {
  const cartId = await readCookie(CART_COOKIE)
  if (cartId) {
    await visitorFetch(`/store/carts/${cartId}/customer`, { method: "POST", body: {} }).catch(() => undefined)
  }
}

export async function signIn(email: string, password: string): Promise<boolean> {
  const token = await login(email, password)
  if (!token) {
    return false
  }
  await writeCookie(SESSION_COOKIE, token, 1)
  await adoptCart()
  return true
}

/**
 * Creates the login (Medusa auth identity) then the customer behind it, and
 * signs in. Returns a French message when the e-mail already has an account.
 */
export async function register(input: { first_name: string; last_name: string; email: string; password: string }): Promise<string | null> {
  const { t } = await getDictionary()
  let registration: string
  try {
    ;({ token: registration } = await medusa().client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email: input.email, password: input.password },
      cache: "no-store",
    }))
  } catch (error) {
    if (error instanceof FetchError && error.status && error.status < 500) {
      return t.forms.accountExists
    }
    throw error
  }
  await medusa().client.fetch("/store/customers", {
    method: "POST",
    body: { email: input.email, first_name: input.first_name, last_name: input.last_name },
    headers: { authorization: `Bearer ${registration}` },
    cache: "no-store",
  })
  return (await signIn(input.email, input.password)) ? null : t.forms.accountCreatedSignInFailed
}

export async function signOut() {
  await dropCookie(SESSION_COOKIE)
}

export async function listOrderGroups(): Promise<OrderGroup[]> {
  return (await visitorFetch<{ order_groups: OrderGroup[] }>("/store/customers/me/order-groups")).order_groups
}

export async function listDealClaims(): Promise<DealClaim[]> {
  return (await visitorFetch<{ claims: DealClaim[] }>("/store/customers/me/deal-claims")).claims
}

/** Everything the platform keeps about the signed-in shopper (RGPD right of access), as the backend assembles it. */
export async function exportPersonalData(): Promise<unknown> {
  return visitorFetch<unknown>("/store/customers/me/export")
}

/** Erases the account (RGPD right to erasure), then forgets the session and the cart. */
export async function deleteAccount(): Promise<void> {
  await visitorFetch("/store/customers/me", { method: "DELETE" })
  await dropCookie(SESSION_COOKIE)
  await dropCookie(CART_COOKIE)
}
