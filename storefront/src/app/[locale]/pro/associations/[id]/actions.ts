"use server"

import { getDictionary } from "@/lib/i18n"
import { inviteProfile } from "@/lib/pro/actors"
import { proFetch } from "@/lib/pro/session"
import { siteUrl } from "@/lib/site"
import type { SecretState } from "@/components/pro/secret-form"
import { backendMessage } from "@/lib/store-api"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"


const association = (form: FormData) => encodeURIComponent(String(form.get("association_id") ?? ""))

/** A moderator invites an establishment of a served commune; the merchant answers from its vitrine editor. */
export async function inviteMemberAction(_state: { error?: string }, form: FormData): Promise<{ error?: string }> {
  const { t } = await getDictionary()
  const sellerId = String(form.get("seller_id") ?? "")
  if (!sellerId) {
    return { error: t.forms.chooseEstablishment }
  }
  try {
    await proFetch(`/association/associations/${association(form)}/members`, { method: "POST", body: { seller_id: sellerId } })
  } catch (error) {
    const message = backendMessage(error)
    if (!message) {
      throw error
    }
    return { error: message }
  }
  redirect({ href: `/pro/associations/${association(form)}?fait=invite`, locale: await getLocale() })
}

/** The president (or an agent of a served commune) invites a moderator; the link holds the token, shown this once. */
export async function inviteModeratorAction(_state: SecretState, form: FormData): Promise<SecretState> {
  const { t } = await getDictionary()
  const email = String(form.get("email") ?? "").trim().toLowerCase()
  const role = String(form.get("role") ?? "moderator")
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return { error: t.forms.inviteEmail }
  }
  try {
    const { invite } = await proFetch<{ invite: { token: string } }>(`/association/associations/${association(form)}/moderator-invites`, {
      method: "POST",
      body: { email, role },
    })
    const link = new URL("/pro/invitation", siteUrl())
    link.searchParams.set("jeton", invite.token)
    link.searchParams.set("profil", inviteProfile("moderator"))
    return { secret: link.toString() }
  } catch (error) {
    const message = backendMessage(error)
    if (!message) {
      throw error
    }
    return { error: message }
  }
}
