"use server"

import { revalidateTag } from "next/cache"
import { getDictionary } from "@/lib/i18n"
import { logoDataUri } from "@/lib/pro/logo"
import { proFetch } from "@/lib/pro/session"
import { backendMessage } from "@/lib/store-api"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

export type BrandingState = { error?: string }

const HEX = /^#[0-9a-f]{6}$/i

/** Saves the commune's logo and colours; the backend checks the agent works for this commune. */
export async function saveBrandingAction(_state: BrandingState, form: FormData): Promise<BrandingState> {
  const { t } = await getDictionary()
  const communeId = String(form.get("commune_id") ?? "")
  const branding: Record<string, string> = {}
  for (const key of ["primary_color", "secondary_color"]) {
    const value = String(form.get(key) ?? "")
    if (!HEX.test(value)) {
      return { error: t.forms.colours }
    }
    branding[key] = value
  }
  const file = form.get("logo")
  if (file instanceof File && file.size > 0) {
    const checked = logoDataUri(file.type, new Uint8Array(await file.arrayBuffer()), t.forms)
    if ("error" in checked) {
      return checked
    }
    branding.logo_url = checked.dataUri
  }
  try {
    await proFetch(`/commune/communes/${encodeURIComponent(communeId)}/branding`, { method: "POST", body: branding })
  } catch (error) {
    const message = backendMessage(error)
    if (!message) {
      throw error
    }
    return { error: message }
  }
  // This storefront caches communes under one tag: the portal shows the new branding on its next view.
  revalidateTag("communes")
  redirect({ href: "/pro/commune?enregistre=1", locale: await getLocale() })
}
