import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { medusa } from "./medusa"
import { authHeaders } from "./session"

type Init = { method?: "GET" | "POST" | "DELETE"; body?: Record<string, unknown>; query?: Record<string, unknown> }

/**
 * A request on behalf of this visitor: their session token if any, never
 * cached (carts, checkouts and accounts are nobody else's business).
 */
export async function visitorFetch<T>(path: string, init: Init = {}): Promise<T> {
  return medusa().client.fetch<T>(path, {
    ...init,
    headers: await authHeaders(),
    cache: "no-store",
  })
}

/** The backend's message for a refused request (it writes them in French), or null for anything else. */
export function backendMessage(error: unknown): string | null {
  if (error instanceof FetchError && error.status && error.status < 500) {
    return error.message || null
  }
  return null
}

export function isNotFound(error: unknown): boolean {
  return error instanceof FetchError && error.status === 404
}

/**
 * Runs a backend write for a form: the backend's refusal (4xx) becomes the
 * form's French message, anything else is thrown; null when it went through.
 */
export async function refusalOf(write: () => Promise<unknown>): Promise<{ error: string } | null> {
  try {
    await write()
    return null
  } catch (error) {
    const message = backendMessage(error)
    if (!message) {
      throw error
    }
    return { error: message }
  }
}
