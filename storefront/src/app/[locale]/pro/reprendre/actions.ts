"use server"

import { getDictionary } from "@/lib/i18n"
import { refusalOf, visitorFetch } from "@/lib/store-api"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

/** A request to run an establishment of the directory that nobody runs yet; the commune answers by e-mail. */
export async function claimAction(_state: { error?: string }, form: FormData): Promise<{ error?: string }> {
  const { t } = await getDictionary()
  const text = (key: string) => String(form.get(key) ?? "").trim()
  if (!/^\d{14}$/.test(text("siret").replace(/\s/g, ""))) {
    return { error: t.forms.siretDigits }
  }
  const failed = await refusalOf(() =>
    visitorFetch("/store/establishment-claims", {
      method: "POST",
      body: { siret: text("siret"), name: text("name"), email: text("email"), phone: text("phone") || null, message: text("message") || null },
    })
  )
  return failed ?? redirect({ href: "/pro/reprendre?fait=envoyee", locale: await getLocale() })
}
