"use server"

import { getDictionary } from "@/lib/i18n"
import { parsePrice, parseStock } from "@/lib/pro/numbers"
import { proFetch } from "@/lib/pro/session"
import { backendMessage } from "@/lib/store-api"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

export type DealState = { error?: string }

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Creates a bon plan and submits it at once: the association (or nobody, under post-moderation) publishes it. */
export async function createDealAction(_state: DealState, form: FormData): Promise<DealState> {
  const { t } = await getDictionary()
  const sellerId = encodeURIComponent(String(form.get("seller_id") ?? ""))
  const text = (key: string) => String(form.get(key) ?? "").trim()
  const kind = text("kind")
  const value = text("value") ? parsePrice(text("value")) : null
  const quota = text("quota") ? parseStock(text("quota")) : null
  if (text("title").length < 3) {
    return { error: t.forms.titleTooShort }
  }
  if (!DAY.test(text("starts_on")) || !DAY.test(text("ends_on")) || text("ends_on") < text("starts_on")) {
    return { error: t.forms.dealDays }
  }
  if ((kind === "percent" || kind === "amount") && value === null) {
    return { error: t.forms.dealValue }
  }
  if (text("quota") && !quota) {
    return { error: t.forms.dealQuota }
  }
  try {
    const { deal } = await proFetch<{ deal: { id: string } }>(`/vendor/sellers/${sellerId}/deals`, {
      method: "POST",
      body: {
        title: text("title"),
        kind,
        value,
        conditions: text("conditions") || null,
        starts_on: text("starts_on"),
        ends_on: text("ends_on"),
        quota,
      },
    })
    await proFetch(`/vendor/sellers/${sellerId}/deals/${deal.id}/submit`, { method: "POST", body: {} })
  } catch (error) {
    const message = backendMessage(error)
    if (!message) {
      throw error
    }
    return { error: message }
  }
  redirect({ href: `/pro/etablissements/${sellerId}/bons-plans?fait=cree`, locale: await getLocale() })
}
