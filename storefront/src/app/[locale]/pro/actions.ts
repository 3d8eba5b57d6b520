"use server"

import { getDictionary } from "@/lib/i18n"
import { isProActor } from "@/lib/pro/actors"
import { proSignIn, proSignOut } from "@/lib/pro/session"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

export type ProSignInState = { error?: string; email?: string; actor?: string }

export async function signInProAction(_state: ProSignInState, form: FormData): Promise<ProSignInState> {
  const { t } = await getDictionary()
  const actor = String(form.get("actor") ?? "")
  const email = String(form.get("email") ?? "").trim().toLowerCase()
  const password = String(form.get("password") ?? "")
  if (!isProActor(actor) || !email || !password) {
    return { error: t.pro.badCredentials, email, actor }
  }
  if (!(await proSignIn(actor, email, password))) {
    return { error: t.pro.badCredentials, email, actor }
  }
  redirect({ href: "/pro", locale: await getLocale() })
}

export async function signOutProAction() {
  await proSignOut()
  redirect({ href: "/pro/connexion", locale: await getLocale() })
}
