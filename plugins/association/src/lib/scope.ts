/**
 * Who may see and decide what. Moderators act for their associations; a
 * commune's agents read their commune's queues and decide the cases of
 * establishments in no association (the fallback queue); the operator can
 * always. Everything else does not exist for the caller (404).
 */
export type ActorScope =
  | { actor_type: "operator"; actor_id: string }
  | { actor_type: "moderator"; actor_id: string; association_ids: string[]; president_of: string[] }
  | { actor_type: "agent"; actor_id: string; commune_ids: string[] }

export type ScopedCase = { association_id: string | null; commune_id: string }

export function canSeeCase(scope: ActorScope, c: ScopedCase): boolean {
  switch (scope.actor_type) {
    case "operator":
      return true
    case "moderator":
      return !!c.association_id && scope.association_ids.includes(c.association_id)
    case "agent":
      return scope.commune_ids.includes(c.commune_id)
  }
}

export function canDecideCase(scope: ActorScope, c: ScopedCase): boolean {
  if (scope.actor_type === "agent") {
    return c.association_id === null && scope.commune_ids.includes(c.commune_id)
  }
  return canSeeCase(scope, c)
}

export type QueueNarrowing = { association_id?: string; fallback?: boolean }

/**
 * Filters for the moderation queue a caller sees, narrowed by what it asked for: a narrowing only ever
 * removes cases from the caller's scope, never replaces it. Null when nothing can match (a moderator
 * asking for another association's queue, or for the fallback queue, which is the commune agents').
 */
export function queueFilters(scope: ActorScope, narrowing: QueueNarrowing = {}): Record<string, unknown> | null {
  const { association_id, fallback } = narrowing
  if (fallback && association_id) {
    return null
  }
  switch (scope.actor_type) {
    case "operator":
      return fallback ? { association_id: null } : association_id ? { association_id } : {}
    case "moderator": {
      if (fallback || (association_id && !scope.association_ids.includes(association_id))) {
        return null
      }
      return { association_id: association_id ? [association_id] : scope.association_ids }
    }
    case "agent":
      return {
        commune_id: scope.commune_ids,
        ...(fallback ? { association_id: null } : association_id ? { association_id } : {}),
      }
  }
}

/** Who reviews an establishment's changes: its first active association, else its commune's agents (post-moderation). */
export function reviewerOf(
  memberships: { association_id: string; policy: "pre" | "post"; joined_at: Date | string | null }[],
  communeId: string
): { association_id: string | null; policy: "pre" | "post"; commune_id: string } {
  const [first] = [...memberships].sort((a, b) => String(a.joined_at).localeCompare(String(b.joined_at)))
  return first
    ? { association_id: first.association_id, policy: first.policy, commune_id: communeId }
    : { association_id: null, policy: "post", commune_id: communeId }
}
