"use server"

import { deleteAccount, register, signIn, signOut } from "@/lib/account"
import { getDictionary } from "@/lib/i18n"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

export type AuthState = { error?: string; email?: string }

const text = (form: FormData, key: string) => String(form.get(key) ?? "").trim()

export async function signInAction(_state: AuthState, form: FormData): Promise<AuthState> {
  const { t } = await getDictionary()
  const email = text(form, "email").toLowerCase()
  const password = String(form.get("password") ?? "")
  if (!email || !password) {
    return { error: t.account.missingFields, email }
  }
  if (!(await signIn(email, password))) {
    return { error: t.account.badCredentials, email }
  }
  redirect({ href: safeNext(text(form, "next")), locale: await getLocale() })
}

export async function registerAction(_state: AuthState, form: FormData): Promise<AuthState> {
  const { t } = await getDictionary()
  const input = {
    first_name: text(form, "first_name"),
    last_name: text(form, "last_name"),
    email: text(form, "email").toLowerCase(),
    password: String(form.get("password") ?? ""),
  }
  if (!input.first_name || !input.last_name || !input.email || !input.password) {
    return { error: t.account.missingFields, email: input.email }
  }
  if (input.password.length < 10) {
    return { error: t.account.shortPassword, email: input.email }
  }
  const problem = await register(input)
  if (problem) {
    return { error: problem, email: input.email }
  }
  redirect({ href: safeNext(text(form, "next")), locale: await getLocale() })
}

export async function signOutAction() {
  await signOut()
  redirect({ href: "/compte", locale: await getLocale() })
}

export type DeleteState = { error?: string }

export async function deleteAccountAction(_state: DeleteState, form: FormData): Promise<DeleteState> {
  const { t } = await getDictionary()
  if (form.get("confirm") !== "yes") {
    return { error: t.account.mustConfirm }
  }
  await deleteAccount()
  redirect({ href: "/compte?supprime=1", locale: await getLocale() })
}

/** Only our own pages after signing in: never an open redirect to another site. */
function safeNext(next: string): string {
  return next.startsWith("/") && !next.startsWith("//") ? next : "/compte"
}
