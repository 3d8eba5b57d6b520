export const SELLER_STATUSES = ["draft", "pending", "open", "suspended", "closed"] as const
export type SellerStatus = (typeof SELLER_STATUSES)[number]

/**
 * draft → pending (the merchant asks to open) → open (approved) ↔ suspended;
 * pending may go back to draft (changes requested); closed is final.
 */
const TRANSITIONS: Record<SellerStatus, readonly SellerStatus[]> = {
  draft: ["pending"],
  pending: ["open", "draft"],
  open: ["suspended", "closed"],
  suspended: ["open", "closed"],
  closed: [],
}

export function canTransitionSeller(from: SellerStatus, to: SellerStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

export const SELLER_KINDS = [
  "shop",
  "restaurant",
  "craft",
  "market",
  "service",
  "cultural_site",
  "heritage_site",
] as const
export type SellerKind = (typeof SELLER_KINDS)[number]

/** showcase (vitrine) → reservation (pay in store) → online (pay online). */
export const COMMERCE_MODES = ["showcase", "reservation", "online"] as const
export type CommerceMode = (typeof COMMERCE_MODES)[number]

/** A merchant runs an establishment as its owner or as staff. */
export const MEMBER_ROLES = ["owner", "staff"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]
