"use server"

import { getDictionary } from "@/lib/i18n"
import { inviteActor } from "@/lib/pro/actors"
import { acceptInvite, actorTokenFor } from "@/lib/pro/session"
import { backendMessage } from "@/lib/store-api"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

export type InviteState = { error?: string; values?: Record<string, string> }

/** An invitation (merchant, moderator or agent, by the link's `profil`): the login (new or existing), then the acceptance, then the pro space. */
export async function acceptInviteAction(_state: InviteState, form: FormData): Promise<InviteState> {
  const { t } = await getDictionary()
  const values = Object.fromEntries(["invite", "profile", "email", "first_name", "last_name"].map((k) => [k, String(form.get(k) ?? "").trim()]))
  const password = String(form.get("password") ?? "")
  if (!values.invite) {
    return { error: t.pro.inviteMissing, values }
  }
  if (password.length < 10) {
    return { error: t.pro.shortPassword, values }
  }
  const actor = inviteActor(values.profile)
  const login = await actorTokenFor(actor, values.email.toLowerCase(), password)
  if ("error" in login) {
    return { error: t.pro.wrongPasswordExisting, values }
  }
  try {
    await acceptInvite(actor, {
      invite: values.invite,
      token: login.token,
      email: values.email.toLowerCase(),
      password,
      first_name: values.first_name,
      last_name: values.last_name,
    })
  } catch (error) {
    const message = backendMessage(error)
    if (!message) {
      throw error
    }
    return { error: message, values }
  }
  redirect({ href: "/pro", locale: await getLocale() })
}
