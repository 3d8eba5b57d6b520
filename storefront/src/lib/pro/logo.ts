import type { FormsDictionary } from "@/lib/i18n/forms"

/**
 * A commune's logo travels as a data URI inside its branding (as the seeded
 * emblems do): no file server to run, and the portal shows it at once. The
 * backend accepts 100,000 characters; base64 makes 3 bytes 4 characters.
 */
export const LOGO_TYPES = ["image/svg+xml", "image/png", "image/jpeg", "image/webp"] as const
export const MAX_LOGO_BYTES = 70 * 1024

export type LogoCheck = { dataUri: string } | { error: string }

export function logoDataUri(type: string, bytes: Uint8Array, messages: FormsDictionary): LogoCheck {
  if (!LOGO_TYPES.includes(type as (typeof LOGO_TYPES)[number])) {
    return { error: messages.logoType }
  }
  if (bytes.byteLength === 0) {
    return { error: messages.emptyFile }
  }
  if (bytes.byteLength > MAX_LOGO_BYTES) {
    return { error: messages.logoTooHeavy(Math.ceil(bytes.byteLength / 1024)) }
  }
  return { dataUri: `data:${type};base64,${Buffer.from(bytes).toString("base64")}` }
}
