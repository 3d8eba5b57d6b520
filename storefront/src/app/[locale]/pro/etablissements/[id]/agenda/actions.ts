"use server"

import { getDictionary } from "@/lib/i18n"
import { parisLocalToIso } from "@/lib/i18n/dates"
import { parsePrice } from "@/lib/pro/numbers"
import { proFetch } from "@/lib/pro/session"
import { backendMessage } from "@/lib/store-api"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

export type EventState = { error?: string }

/** Creates an event of the establishment and submits it at once: its association (or nobody, under post-moderation) publishes it. */
export async function createEventAction(_state: EventState, form: FormData): Promise<EventState> {
  const { t } = await getDictionary()
  const sellerId = encodeURIComponent(String(form.get("seller_id") ?? ""))
  const text = (key: string) => String(form.get(key) ?? "").trim()
  const startsAt = parisLocalToIso(text("starts_at"))
  const endsAt = parisLocalToIso(text("ends_at"))
  const isFree = form.get("is_free") === "on"
  const price = text("price") ? parsePrice(text("price")) : null
  if (text("title").length < 3) {
    return { error: t.forms.titleTooShort }
  }
  if (text("category").length < 2) {
    return { error: t.forms.eventCategory }
  }
  if (!startsAt || !endsAt || endsAt <= startsAt) {
    return { error: t.forms.eventDates }
  }
  if (!isFree && price === null) {
    return { error: t.forms.eventPrice }
  }
  try {
    const { event } = await proFetch<{ event: { id: string } }>(`/vendor/sellers/${sellerId}/events`, {
      method: "POST",
      body: {
        title: text("title"),
        category: text("category"),
        description: text("description") || null,
        starts_at: startsAt,
        ends_at: endsAt,
        is_free: isFree,
        price: isFree ? null : price,
      },
    })
    await proFetch(`/vendor/sellers/${sellerId}/events/${event.id}/submit`, { method: "POST", body: {} })
  } catch (error) {
    const message = backendMessage(error)
    if (!message) {
      throw error
    }
    return { error: message }
  }
  redirect({ href: `/pro/etablissements/${sellerId}/agenda?fait=cree`, locale: await getLocale() })
}
