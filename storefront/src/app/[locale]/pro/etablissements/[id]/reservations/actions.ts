"use server"

import { getDictionary } from "@/lib/i18n"
import { proFetch } from "@/lib/pro/session"
import { backendMessage } from "@/lib/store-api"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

export type MoveState = { error?: string }

const MOVES = new Set(["confirmed", "ready", "collected", "declined"])

/**
 * Moves a reservation on; the backend checks the merchant runs this
 * establishment and the move is allowed. Done, the board is shown again with
 * what happened at its top (the card itself has moved column).
 */
export async function moveReservationAction(_state: MoveState, form: FormData): Promise<MoveState> {
  const { t } = await getDictionary()
  const sellerId = String(form.get("seller_id") ?? "")
  const reservationId = String(form.get("reservation_id") ?? "")
  const status = String(form.get("status") ?? "")
  const number = Number(form.get("number") ?? 0)
  const reason = String(form.get("reason") ?? "").trim()
  if (!MOVES.has(status)) {
    return { error: t.forms.unknownAction }
  }
  if (status === "declined" && !reason) {
    return { error: t.pro.reasonRequired }
  }
  try {
    await proFetch(`/vendor/sellers/${encodeURIComponent(sellerId)}/reservations/${encodeURIComponent(reservationId)}`, {
      method: "POST",
      body: status === "declined" ? { status, reason } : { status },
    })
  } catch (error) {
    const message = backendMessage(error)
    if (!message) {
      throw error
    }
    return { error: message }
  }
  redirect({ href: `/pro/etablissements/${encodeURIComponent(sellerId)}/reservations?fait=${status}&n=${number}`, locale: await getLocale() })
}
