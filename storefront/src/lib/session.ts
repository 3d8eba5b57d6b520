import "server-only"
import { cookies } from "next/headers"

/**
 * The two per-visitor cookies: the cart id and the shopper's session token.
 * Both are httpOnly (no script reads them) and never reach a shared cache:
 * every read of cart or account data is `no-store`.
 */
export const CART_COOKIE = "enjoy_cart"
export const SESSION_COOKIE = "enjoy_session"

const base = {
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  secure: process.env.STOREFRONT_URL?.startsWith("https://") ?? false,
}

export async function readCookie(name: string): Promise<string | undefined> {
  return (await cookies()).get(name)?.value || undefined
}

/** Sets a cookie for `days` days (the session lasts as long as the backend's token would). */
export async function writeCookie(name: string, value: string, days: number) {
  ;(await cookies()).set(name, value, { ...base, maxAge: days * 24 * 3600 })
}

export async function dropCookie(name: string) {
  ;(await cookies()).delete({ name, path: "/" })
}

/** The Authorization header of the signed-in shopper, if any. */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await readCookie(SESSION_COOKIE)
  return token ? { authorization: `Bearer ${token}` } : {}
}
