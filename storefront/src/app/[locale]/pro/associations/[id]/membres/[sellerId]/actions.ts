"use server"

import { profileBody } from "@/lib/pro/profile"
import { proFetch } from "@/lib/pro/session"
import { refusalOf } from "@/lib/store-api"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

/** Assisted entry: the backend checks the moderator acts for an active member, publishes at once and audits. */
export async function saveOnBehalfAction(_state: { error?: string }, form: FormData): Promise<{ error?: string }> {
  const associationId = encodeURIComponent(String(form.get("association_id") ?? ""))
  const sellerId = encodeURIComponent(String(form.get("seller_id") ?? ""))
  const failed = await refusalOf(() => proFetch(`/association/sellers/${sellerId}`, { method: "POST", body: profileBody(form) }))
  return failed ?? redirect({ href: `/pro/associations/${associationId}/membres/${sellerId}?fait=enregistre`, locale: await getLocale() })
}
