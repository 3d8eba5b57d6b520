import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { notFound } from "next/navigation"
import { medusa } from "../medusa"
import { dropCookie, readCookie, writeCookie } from "../session"
import { ACTOR_API, decodeProSession, encodeProSession, type ProActor } from "./actors"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

/** The professional's session: its own httpOnly cookie, apart from any shopper session in the same browser. */
export const PRO_COOKIE = "enjoy_pro"

type Init = { method?: "GET" | "POST" | "DELETE"; body?: Record<string, unknown>; query?: Record<string, unknown> }

export async function proSession() {
  return decodeProSession(await readCookie(PRO_COOKIE))
}

/** Signs in with the actor's emailpass login; false when the backend refuses the credentials. */
export async function proSignIn(actor: ProActor, email: string, password: string): Promise<boolean> {
  try {
    const { token } = await medusa().client.fetch<{ token: string }>(ACTOR_API[actor].login, {
      method: "POST",
      body: { email, password },
      cache: "no-store",
    })
    await writeCookie(PRO_COOKIE, encodeProSession(actor, token), 1)
    return true
  } catch (error) {
    if (error instanceof FetchError && error.status && error.status < 500) {
      return false
    }
    throw error
  }
}

export async function proSignOut() {
  await dropCookie(PRO_COOKIE)
}

/** A request to the backend as the signed-in professional, never cached. */
export async function proFetch<T>(path: string, init: Init = {}): Promise<T> {
  const session = await proSession()
  return medusa().client.fetch<T>(path, {
    ...init,
    headers: session ? { authorization: `Bearer ${session.token}` } : {},
    cache: "no-store",
  })
}

/**
 * The page's guard, on the server: no session (or an expired one) goes to the
 * sign-in page; another kind of professional gets a 404, as for anything
 * outside one's scope.
 */
export async function requirePro<T = unknown>(actor?: ProActor): Promise<{ actor: ProActor; me: T }> {
  const session = await proSession()
  if (!session) {
    redirect({ href: "/pro/connexion", locale: await getLocale() })
  }
  if (actor && session.actor !== actor) {
    notFound()
  }
  try {
    const me = await proFetch<T>(ACTOR_API[session.actor].me)
    return { actor: session.actor, me }
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) {
      redirect({ href: "/pro/connexion?expiree=1", locale: await getLocale() })
    }
    throw error
  }
}

/** Runs a backend read, turning the backend's 404 (not yours, or not there) into the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 403)) {
      notFound()
    }
    throw error
  }
}

/** Registers a new login of the actor type, or signs in an existing one; the token to accept an invitation with. */
export async function actorTokenFor(actor: ProActor, email: string, password: string): Promise<{ token: string } | { error: "wrong_password" }> {
  try {
    const { token } = await medusa().client.fetch<{ token: string }>(ACTOR_API[actor].register, {
      method: "POST",
      body: { email, password },
      cache: "no-store",
    })
    return { token }
  } catch (error) {
    if (!(error instanceof FetchError) || !error.status || error.status >= 500) {
      throw error
    }
  }
  // The address already has a login (a merchant of another establishment, a moderator of another association): its password is the way in.
  try {
    const { token } = await medusa().client.fetch<{ token: string }>(ACTOR_API[actor].login, {
      method: "POST",
      body: { email, password },
      cache: "no-store",
    })
    return { token }
  } catch (error) {
    if (error instanceof FetchError && error.status && error.status < 500) {
      return { error: "wrong_password" }
    }
    throw error
  }
}

/** Accepts an invitation with a login token, then opens the pro session with a token carrying the new actor. */
export async function acceptInvite(
  actor: ProActor,
  input: { invite: string; token: string; email: string; password: string; first_name: string; last_name: string }
) {
  await medusa().client.fetch(ACTOR_API[actor].acceptInvite, {
    method: "POST",
    body: { token: input.invite, first_name: input.first_name || null, last_name: input.last_name || null },
    headers: { authorization: `Bearer ${input.token}` },
    cache: "no-store",
  })
  return proSignIn(actor, input.email, input.password)
}
