import { DateTime } from "luxon"

const PARIS = "Europe/Paris"

/**
 * A bon plan is valid from the start of its first day to the end of its last
 * day, in Paris time, whatever the server's zone and across DST changes.
 */
export function validityWindow(startsOn: string, endsOn: string): { starts_at: Date; ends_at: Date } {
  const start = DateTime.fromISO(startsOn, { zone: PARIS }).startOf("day")
  const end = DateTime.fromISO(endsOn, { zone: PARIS }).plus({ days: 1 }).startOf("day")
  if (!start.isValid || !end.isValid) {
    throw new Error(`Invalid dates: ${startsOn} → ${endsOn}`)
  }
  if (end <= start) {
    throw new Error("The last day comes before the first")
  }
  return { starts_at: start.toJSDate(), ends_at: end.toJSDate() }
}

export function isWithinWindow(window: { starts_at: Date | string; ends_at: Date | string }, now: Date): boolean {
  return new Date(window.starts_at).getTime() <= now.getTime() && now.getTime() < new Date(window.ends_at).getTime()
}

export const DEAL_STATUSES = ["draft", "pending", "published", "paused", "expired"] as const
export type DealStatus = (typeof DEAL_STATUSES)[number]

const NEXT: Record<DealStatus, readonly DealStatus[]> = {
  draft: ["pending", "published"],
  pending: ["published", "draft"],
  published: ["paused", "expired", "draft"],
  paused: ["published", "expired"],
  expired: [],
}

export function canMoveDeal(from: DealStatus, to: DealStatus): boolean {
  return NEXT[from].includes(to)
}

/**
 * What a merchant may do to a deal's status itself: pause a published one and
 * resume it. Publishing a draft goes through submission (and moderation).
 */
export function merchantStatusRefusal(from: DealStatus, to: DealStatus): string | null {
  if (to === "published" && from !== "paused") {
    return "Soumettez le brouillon pour le publier (POST …/deals/:id/submit)"
  }
  if (to === "paused" && from !== "published") {
    return "Seul un bon plan publié se met en pause"
  }
  return null
}

export type ClaimableDeal = {
  status: DealStatus
  starts_at: Date | string
  ends_at: Date | string
  quota: number | null
  per_shopper_limit: number
}

/** Why a deal cannot be claimed now (in French), or null. Quotas are counted under a lock by the caller. */
export function claimRefusal(
  deal: ClaimableDeal,
  counts: { total: number; by_shopper: number },
  now: Date
): string | null {
  if (deal.status !== "published") {
    return deal.status === "paused" ? "Ce bon plan est en pause" : "Ce bon plan n'est pas disponible"
  }
  if (!isWithinWindow(deal, now)) {
    return new Date(deal.starts_at) > now ? "Ce bon plan n'a pas encore commencé" : "Ce bon plan est terminé"
  }
  if (deal.quota !== null && counts.total >= deal.quota) {
    return "Ce bon plan est épuisé"
  }
  if (counts.by_shopper >= deal.per_shopper_limit) {
    return deal.per_shopper_limit === 1
      ? "Vous avez déjà profité de ce bon plan"
      : `Vous avez déjà profité ${deal.per_shopper_limit} fois de ce bon plan`
  }
  return null
}

/** Why a claim cannot be redeemed now (in French), or null. */
export function redemptionRefusal(
  claim: { status: "claimed" | "redeemed" | "expired"; redeemed_at?: Date | string | null },
  deal: ClaimableDeal,
  now: Date
): string | null {
  if (claim.status === "redeemed") {
    return "Ce code a déjà été utilisé"
  }
  if (claim.status === "expired" || deal.status === "expired" || now.getTime() >= new Date(deal.ends_at).getTime()) {
    return "Ce bon plan est terminé"
  }
  if (deal.status === "paused") {
    return "Ce bon plan est en pause"
  }
  if (now.getTime() < new Date(deal.starts_at).getTime()) {
    return "Ce bon plan n'a pas encore commencé"
  }
  return null
}
