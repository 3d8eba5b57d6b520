"use server"

import { redirect } from "next/navigation"
import { profileBody } from "@/lib/pro/profile"
import { proFetch } from "@/lib/pro/session"
import { refusalOf } from "@/lib/store-api"

/** Assisted entry: the backend checks the moderator acts for an active member, publishes at once and audits. */
export async function saveOnBehalfAction(_state: { error?: string }, form: FormData): Promise<{ error?: string }> {
  const associationId = encodeURIComponent(String(form.get("association_id") ?? ""))
  const sellerId = encodeURIComponent(String(form.get("seller_id") ?? ""))
  const failed = await refusalOf(() => proFetch(`/association/sellers/${sellerId}`, { method: "POST", body: profileBody(form) }))
  return failed ?? redirect(`/pro/associations/${associationId}/membres/${sellerId}?fait=enregistre`)
}
