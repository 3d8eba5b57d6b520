"use server"

import { qrSvg } from "@/lib/qr"
import { backendMessage, visitorFetch } from "@/lib/store-api"

export type ClaimState = { code?: string; qr?: string; error?: string; email?: string }

/**
 * Claims a bon plan: with the signed-in shopper's account, or with the
 * e-mail a guest types. The code and its QR come back to show at once.
 */
export async function claimDealAction(_state: ClaimState, form: FormData): Promise<ClaimState> {
  const dealId = String(form.get("deal_id") ?? "")
  const email = String(form.get("email") ?? "").trim().toLowerCase()
  try {
    const { claim } = await visitorFetch<{ claim: { code: string; qr_payload: string } }>(
      `/store/deals/${encodeURIComponent(dealId)}/claim`,
      { method: "POST", body: email ? { email } : {} }
    )
    return { code: claim.code, qr: await qrSvg(claim.qr_payload), email }
  } catch (error) {
    const message = backendMessage(error)
    if (!message) {
      throw error
    }
    return { error: message, email }
  }
}
