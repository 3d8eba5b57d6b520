import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { storefrontConfig } from "./config"
import { medusa } from "./medusa"

/** The accounts that can reset a password from the storefront (Medusa actor types). */
export const RESETTABLE_ACTORS = ["customer", "merchant", "moderator", "agent"] as const
export type ResettableActor = (typeof RESETTABLE_ACTORS)[number]
export const isResettable = (value: unknown): value is ResettableActor => RESETTABLE_ACTORS.includes(value as ResettableActor)

/**
 * Asks Medusa for a reset token (it e-mails the link through our subscriber).
 * The answer never says whether the address has an account.
 */
export async function requestPasswordReset(actor: ResettableActor, email: string): Promise<void> {
  // Plain fetch: Medusa answers this one with a bare "Created", which the SDK would try to read as JSON.
  const response = await fetch(`${storefrontConfig().backendUrl}/auth/${actor}/emailpass/reset-password`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ identifier: email }),
    cache: "no-store",
  })
  if (response.status >= 500) {
    throw new Error(`Password reset request failed: ${response.status}`)
  }
}

/** Sets the new password with the e-mailed token; false when the token is expired, used or forged. */
export async function setNewPassword(actor: ResettableActor, token: string, password: string): Promise<boolean> {
  try {
    await medusa().client.fetch(`/auth/${actor}/emailpass/update`, {
      method: "POST",
      body: { password },
      headers: { authorization: `Bearer ${token}` },
      cache: "no-store",
    })
    return true
  } catch (error) {
    if (error instanceof FetchError && error.status && error.status < 500) {
      return false
    }
    throw error
  }
}
