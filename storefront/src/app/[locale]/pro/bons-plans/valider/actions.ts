"use server"

import { getDictionary } from "@/lib/i18n"
import { proFetch } from "@/lib/pro/session"
import { backendMessage } from "@/lib/store-api"

export type RedeemState = { ok?: string; detail?: string; error?: string; code?: string }

/** Redeems a typed or scanned code; the backend checks it is for one of this merchant's establishments, once. */
export async function redeemAction(_state: RedeemState, form: FormData): Promise<RedeemState> {
  const { t } = await getDictionary()
  const code = String(form.get("code") ?? "").trim()
  try {
    const { claim, deal } = await proFetch<{ claim: { code: string; email: string }; deal: { title: string } }>("/vendor/deals/redeem", {
      method: "POST",
      body: { code },
    })
    return { ok: t.pro.redeemed(deal.title), detail: t.pro.redeemedFor(claim.email) }
  } catch (error) {
    const message = backendMessage(error)
    if (!message) {
      throw error
    }
    return { error: message, code }
  }
}
