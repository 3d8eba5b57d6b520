"use server"

import { getDictionary } from "@/lib/i18n"
import { isResettable, requestPasswordReset, setNewPassword } from "@/lib/password"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

export type PasswordState = { error?: string }

/** Where each kind of account signs in again. */
const signInPage = (actor: string) => (actor === "customer" ? "/compte" : "/pro/connexion")
const requestPage = (actor: string) => (actor === "customer" ? "/compte/mot-de-passe-oublie" : "/pro/mot-de-passe-oublie")

export async function requestResetAction(_state: PasswordState, form: FormData): Promise<PasswordState> {
  const actor = String(form.get("actor") ?? "")
  const email = String(form.get("email") ?? "").trim().toLowerCase()
  if (!isResettable(actor) || !email.includes("@")) {
    const { t } = await getDictionary()
    return { error: t.password.requestIntro }
  }
  await requestPasswordReset(actor, email)
  redirect({ href: `${requestPage(actor)}?envoye=1`, locale: await getLocale() })
}

export async function setPasswordAction(_state: PasswordState, form: FormData): Promise<PasswordState> {
  const { t } = await getDictionary()
  const actor = String(form.get("actor") ?? "")
  const token = String(form.get("token") ?? "")
  const password = String(form.get("password") ?? "")
  if (password.length < 10) {
    return { error: t.password.tooShort }
  }
  if (password !== String(form.get("confirm") ?? "")) {
    return { error: t.password.mismatch }
  }
  if (!isResettable(actor) || !token || !(await setNewPassword(actor, token, password))) {
    return { error: t.password.invalidLink }
  }
  redirect({ href: `${signInPage(actor)}?${actor === "customer" ? "motdepasse" : "nouveau"}=1`, locale: await getLocale() })
}
