import { claimQrPayload, displayClaimCode } from "../lib/claim-code"

/** What anyone may read of a deal, with its establishment. */
export const PUBLIC_DEAL_FIELDS = [
  "id",
  "title",
  "description",
  "image_url",
  "kind",
  "value",
  "conditions",
  "starts_on",
  "ends_on",
  "starts_at",
  "ends_at",
  "quota",
  "per_shopper_limit",
  "promotion_code",
  "seller.id",
  "seller.name",
  "seller.handle",
  "seller.commune.slug",
]

/** A claim as its shopper sees it: the code to show, and the QR payload to scan. */
export function presentClaim(claim: { id: string; code: string; status: string; deal_id?: string; deal?: { id: string } | null }) {
  const dealId = claim.deal?.id ?? claim.deal_id ?? ""
  return { ...claim, code: displayClaimCode(claim.code), qr_payload: claimQrPayload(claim.code, dealId) }
}
