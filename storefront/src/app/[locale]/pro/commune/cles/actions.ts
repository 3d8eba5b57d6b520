"use server"

import { getDictionary } from "@/lib/i18n"
import { proFetch } from "@/lib/pro/session"
import type { SecretState } from "@/components/pro/secret-form"
import { backendMessage, refusalOf } from "@/lib/store-api"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"


/** Issues a key for the agent's commune; the clear key comes back this once. */
export async function createPartnerKeyAction(_state: SecretState, form: FormData): Promise<SecretState> {
  const { t } = await getDictionary()
  const name = String(form.get("name") ?? "").trim()
  if (name.length < 2) {
    return { error: t.forms.partnerName }
  }
  try {
    const { partner_key } = await proFetch<{ partner_key: { key: string } }>("/commune/partner-keys", { method: "POST", body: { name } })
    return { secret: partner_key.key }
  } catch (error) {
    const message = backendMessage(error)
    if (!message) {
      throw error
    }
    return { error: message }
  }
}

export async function revokePartnerKeyAction(_state: { error?: string }, form: FormData): Promise<{ error?: string }> {
  const id = encodeURIComponent(String(form.get("key_id") ?? ""))
  const failed = await refusalOf(() => proFetch(`/commune/partner-keys/${id}/revoke`, { method: "POST", body: {} }))
  return failed ?? redirect({ href: "/pro/commune/cles?fait=revoquee", locale: await getLocale() })
}
