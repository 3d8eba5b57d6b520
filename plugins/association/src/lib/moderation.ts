/**
 * One moderation mechanism for everything an establishment publishes: its
 * request to open, its vitrine profile, its products, and later its bons plans
 * and events. A case holds the proposed change and moves
 * pending → approved | rejected | changes_requested; a rejected or returned
 * case goes back to pending when the merchant resubmits its (kept) draft.
 */
export const MODERATION_SUBJECTS = ["seller_opening", "seller_profile", "product", "deal", "event"] as const
export type ModerationSubject = (typeof MODERATION_SUBJECTS)[number]

export const CASE_STATUSES = ["pending", "approved", "rejected", "changes_requested"] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

/** pre: held as a draft until approved; post: published at once, reviewable, can be taken down. */
export const MODERATION_POLICIES = ["pre", "post"] as const
export type ModerationPolicy = (typeof MODERATION_POLICIES)[number]

export const DECISIONS = ["approved", "rejected", "changes_requested"] as const
export type Decision = (typeof DECISIONS)[number]

const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  pending: ["approved", "rejected", "changes_requested"],
  rejected: ["pending"],
  changes_requested: ["pending"],
  approved: [],
}

export const CASE_LABELS: Record<CaseStatus, string> = {
  pending: "en attente",
  approved: "approuvée",
  rejected: "refusée",
  changes_requested: "à corriger",
}

/** Whether a case may move from `from` to `to`, and the French reason when not. */
export function checkCaseTransition(
  from: CaseStatus,
  to: CaseStatus,
  reason?: string | null
): { ok: true } | { ok: false; reason: string } {
  if (!NEXT[from].includes(to)) {
    return { ok: false, reason: `Une demande « ${CASE_LABELS[from]} » ne peut pas devenir « ${CASE_LABELS[to]} »` }
  }
  if ((to === "rejected" || to === "changes_requested") && !reason?.trim()) {
    return { ok: false, reason: "Indiquez au commerçant la raison de cette décision (champ « reason »)" }
  }
  return { ok: true }
}

/**
 * What a decision does to the published content. Under `pre` the change was
 * held: approving publishes it, anything else leaves the public version as it
 * was. Under `post` it is already public: approving keeps it, rejecting takes
 * it down (back to the previous version), asking for changes keeps it online
 * while the merchant corrects it.
 */
export function publicationEffect(policy: ModerationPolicy, decision: Decision): "publish" | "take_down" | "none" {
  if (policy === "pre") {
    return decision === "approved" ? "publish" : "none"
  }
  return decision === "rejected" ? "take_down" : "none"
}

/** The opening request is always held: an establishment is public only once approved. */
export function effectivePolicy(subject: ModerationSubject, associationPolicy: ModerationPolicy): ModerationPolicy {
  return subject === "seller_opening" ? "pre" : associationPolicy
}

/** Membership of an establishment in an association: invited → active → left | removed. */
export const MEMBERSHIP_STATUSES = ["invited", "active", "left", "removed"] as const
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number]

const MEMBERSHIP_NEXT: Record<MembershipStatus, readonly MembershipStatus[]> = {
  invited: ["active", "removed"],
  active: ["left", "removed"],
  left: [],
  removed: [],
}

export function canMoveMembership(from: MembershipStatus, to: MembershipStatus): boolean {
  return MEMBERSHIP_NEXT[from].includes(to)
}

export const MODERATOR_ROLES = ["president", "moderator"] as const
export type ModeratorRole = (typeof MODERATOR_ROLES)[number]

const PRODUCT_TEXT = ["title", "description"] as const

/**
 * How a decision changes a product: a new product (nothing published before)
 * is published or withdrawn; a text change is applied or reverted.
 */
export function productUpdateFor(
  effect: "publish" | "take_down",
  proposed: Record<string, unknown>,
  previous: Record<string, unknown> | null
): Record<string, unknown> {
  const pick = (source: Record<string, unknown>) =>
    Object.fromEntries(PRODUCT_TEXT.filter((k) => k in source).map((k) => [k, source[k]]))
  if (!previous) {
    return { status: effect === "publish" ? "published" : "draft" }
  }
  return pick(effect === "publish" ? proposed : previous)
}
