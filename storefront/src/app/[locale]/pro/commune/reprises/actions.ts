"use server"

import { proFetch } from "@/lib/pro/session"
import { refusalOf } from "@/lib/store-api"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

/** The agent's decision; the backend requires a reason to refuse and e-mails the claimant either way. */
export async function decideClaimAction(_state: { error?: string }, form: FormData): Promise<{ error?: string }> {
  const id = encodeURIComponent(String(form.get("claim_id") ?? ""))
  const decision = form.get("decision") === "approved" ? "approved" : "rejected"
  const reason = String(form.get("reason") ?? "").trim()
  const failed = await refusalOf(() => proFetch(`/commune/claims/${id}/decision`, { method: "POST", body: { decision, reason: reason || null } }))
  return failed ?? redirect({ href: `/pro/commune/reprises?fait=${decision === "approved" ? "acceptee" : "refusee"}`, locale: await getLocale() })
}
