"use server"

import { getDictionary } from "@/lib/i18n"
import { proFetch } from "@/lib/pro/session"
import { backendMessage } from "@/lib/store-api"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

export type DecideState = { error?: string; reason?: string }

const DECISIONS = new Set(["approved", "rejected", "changes_requested"])

/** Records the moderator's decision; the backend checks its scope and applies or discards the draft. */
export async function decideAction(_state: DecideState, form: FormData): Promise<DecideState> {
  const { t } = await getDictionary()
  const caseId = String(form.get("case_id") ?? "")
  const decision = String(form.get("decision") ?? "")
  const reason = String(form.get("reason") ?? "").trim()
  if (!DECISIONS.has(decision)) {
    return { error: t.pro.decisionHeading, reason }
  }
  try {
    await proFetch(`/association/cases/${encodeURIComponent(caseId)}/decision`, {
      method: "POST",
      body: reason ? { decision, reason } : { decision },
    })
  } catch (error) {
    const message = backendMessage(error)
    if (!message) {
      throw error
    }
    return { error: message, reason }
  }
  redirect({ href: `/pro/moderation/${encodeURIComponent(caseId)}?decide=${decision}`, locale: await getLocale() })
}
