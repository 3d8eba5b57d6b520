"use server"

import { getDictionary } from "@/lib/i18n"
import { upperFirst } from "@/lib/i18n/case"
import { storefrontConfig } from "@/lib/config"
import { hoursFromForm } from "@/lib/pro/hours-form"
import { arrangementFromForm, photoTextProblem } from "@/lib/pro/photos-form"
import { profileBody } from "@/lib/pro/profile"
import { proFetch, proSession } from "@/lib/pro/session"
import { refusalOf } from "@/lib/store-api"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import type { Weekday } from "@enjoy/kernel/opening-hours"

export type ActionState = { error?: string }

const back = async (sellerId: string, done: string) => redirect({ href: `/pro/etablissements/${encodeURIComponent(sellerId)}?fait=${done}`, locale: await getLocale() })

/** Description and contact; the backend says when the change waits for the association's approval. */
export async function saveProfileAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const sellerId = String(form.get("seller_id") ?? "")
  let held = false
  const failed = await refusalOf(async () => {
    const result = await proFetch<{ held?: boolean }>(`/vendor/sellers/${encodeURIComponent(sellerId)}`, {
      method: "POST",
      body: profileBody(form),
    })
    held = !!result.held
  })
  return failed ?? back(sellerId, held ? "profil-en-attente" : "profil")
}

/**
 * The weekly editor's hours and exceptions, checked here first so the merchant reads which day or
 * field is wrong; "copier sur les jours ouvrés" is this form sent with `intent=copy`.
 */
export async function saveHoursAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const { t } = await getDictionary()
  const sellerId = String(form.get("seller_id") ?? "")
  const copyMonday = form.get("intent") === "copy"
  const dayNames = Object.fromEntries(Object.entries(t.weekdays).map(([day, name]) => [day, upperFirst(name)]))
  const read = hoursFromForm(form, { ...t.hours, dayNames: dayNames as Record<Weekday, string> }, { copyMonday })
  if ("error" in read) {
    return { error: read.error }
  }
  let held = false
  const failed = await refusalOf(async () => {
    const result = await proFetch<{ held?: boolean }>(`/vendor/sellers/${encodeURIComponent(sellerId)}`, {
      method: "POST",
      body: { opening_hours: read.hours },
    })
    held = !!result.held
  })
  return failed ?? back(sellerId, held ? "profil-en-attente" : copyMonday ? "horaires-copies" : "horaires")
}

/** Advanced mode: the usual week from an OpenStreetMap value; the exceptions stay as they are. */
export async function importHoursAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const sellerId = String(form.get("seller_id") ?? "")
  const osm = String(form.get("osm") ?? "").trim()
  const failed = await refusalOf(() =>
    proFetch(`/vendor/sellers/${encodeURIComponent(sellerId)}/opening-hours`, { method: "POST", body: { osm } })
  )
  return failed ?? back(sellerId, "horaires")
}

/**
 * One photo with its alternative text (or marked decorative), checked here first in the merchant's
 * language; the backend judges the file from its bytes and checks the text again.
 */
export async function uploadPhotosAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const { t } = await getDictionary()
  const sellerId = String(form.get("seller_id") ?? "")
  const file = form.getAll("files").find((f): f is File => f instanceof File && f.size > 0)
  if (!file) {
    return { error: t.photos.errors.choose }
  }
  const alt = String(form.get("alt") ?? "").trim()
  const decorative = !!form.get("decorative")
  const problem = photoTextProblem(alt, decorative, t.photos.alt, t.photos)
  if (problem) {
    return { error: problem }
  }
  const upload = new FormData()
  upload.append("files", file, file.name)
  upload.append("alt", decorative ? "" : alt)
  upload.append("decorative", decorative ? "true" : "false")
  const session = await proSession()
  const response = await fetch(`${storefrontConfig().backendUrl}/vendor/sellers/${encodeURIComponent(sellerId)}/photos`, {
    method: "POST",
    headers: { authorization: `Bearer ${session?.token ?? ""}` },
    body: upload,
    cache: "no-store",
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    return { error: body.message ?? t.photos.errors.failed }
  }
  return back(sellerId, "photos")
}

/** Order, cover, texts and removals of the photos, in one write of the backend's (files deleted last). */
export async function arrangePhotosAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const { t } = await getDictionary()
  const sellerId = String(form.get("seller_id") ?? "")
  const read = arrangementFromForm(form, t.photos)
  if ("error" in read) {
    return { error: read.error }
  }
  const id = encodeURIComponent(sellerId)
  const failed = await refusalOf(() =>
    proFetch(`/vendor/sellers/${id}/photos/arrangement`, { method: "POST", body: { photos: read.keep, remove: read.remove } })
  )
  return failed ?? back(sellerId, "photos-ordre")
}

export async function submitVitrineAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const sellerId = String(form.get("seller_id") ?? "")
  const failed = await refusalOf(() => proFetch(`/vendor/sellers/${encodeURIComponent(sellerId)}/submit`, { method: "POST", body: {} }))
  return failed ?? back(sellerId, "demande")
}

/** Moves to another selling mode; the backend refuses with the missing prerequisites in French. */
export async function changeModeAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const sellerId = String(form.get("seller_id") ?? "")
  const commerce_mode = String(form.get("commerce_mode") ?? "")
  const failed = await refusalOf(() =>
    proFetch(`/vendor/sellers/${encodeURIComponent(sellerId)}/commerce-mode`, { method: "POST", body: { commerce_mode } })
  )
  return failed ?? back(sellerId, "mode")
}

/** Joins (accepts an invitation) or leaves an association; the merchant decides, the backend checks it runs the establishment. */
export async function membershipAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const sellerId = String(form.get("seller_id") ?? "")
  const associationId = String(form.get("association_id") ?? "")
  const status = form.get("status") === "left" ? "left" : "active"
  const failed = await refusalOf(() =>
    proFetch(`/vendor/sellers/${encodeURIComponent(sellerId)}/memberships/${encodeURIComponent(associationId)}`, {
      method: "POST",
      body: { status },
    })
  )
  return failed ?? back(sellerId, "adhesion")
}
