/** The three kinds of professionals who sign in at /pro, each a Medusa actor type with its own login and API. */
export const PRO_ACTORS = ["merchant", "moderator", "agent"] as const
export type ProActor = (typeof PRO_ACTORS)[number]

export const isProActor = (value: unknown): value is ProActor => PRO_ACTORS.includes(value as ProActor)

/** Where each actor signs in, registers, accepts an invitation, and the route that says who it is. */
export const ACTOR_API: Record<ProActor, { login: string; register: string; acceptInvite: string; me: string }> = {
  merchant: {
    login: "/auth/merchant/emailpass",
    register: "/auth/merchant/emailpass/register",
    acceptInvite: "/vendor/invites/accept",
    me: "/vendor/me",
  },
  moderator: {
    login: "/auth/moderator/emailpass",
    register: "/auth/moderator/emailpass/register",
    acceptInvite: "/association/invites/accept",
    me: "/association/me",
  },
  agent: {
    login: "/auth/agent/emailpass",
    register: "/auth/agent/emailpass/register",
    acceptInvite: "/commune/invites/accept",
    me: "/commune/me",
  },
}

/** The invitation link's `profil`, in French like the rest of the URL; a merchant's link has none. */
export const INVITE_PROFILES: Record<string, ProActor> = { commercant: "merchant", moderation: "moderator", commune: "agent" }

export const inviteActor = (profile: string | undefined): ProActor => INVITE_PROFILES[profile ?? ""] ?? "merchant"

export const inviteProfile = (actor: ProActor): string =>
  Object.entries(INVITE_PROFILES).find(([, a]) => a === actor)?.[0] ?? "commercant"

/**
 * The session cookie's value: the actor type, then the backend's token. The
 * type only picks which API to ask; the backend checks the token's actor on
 * every request, so a forged type gets nothing.
 */
export function encodeProSession(actor: ProActor, token: string): string {
  return `${actor}.${token}`
}

export function decodeProSession(value: string | undefined): { actor: ProActor; token: string } | null {
  if (!value) {
    return null
  }
  const dot = value.indexOf(".")
  const actor = value.slice(0, dot)
  const token = value.slice(dot + 1)
  return dot > 0 && isProActor(actor) && token ? { actor, token } : null
}
