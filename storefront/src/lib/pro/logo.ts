/**
 * A commune's logo travels as a data URI inside its branding (as the seeded
 * emblems do): no file server to run, and the portal shows it at once. The
 * backend accepts 100,000 characters; base64 makes 3 bytes 4 characters.
 */
export const LOGO_TYPES = ["image/svg+xml", "image/png", "image/jpeg", "image/webp"] as const
export const MAX_LOGO_BYTES = 70 * 1024

export type LogoCheck = { dataUri: string } | { error: string }

export function logoDataUri(type: string, bytes: Uint8Array): LogoCheck {
  if (!LOGO_TYPES.includes(type as (typeof LOGO_TYPES)[number])) {
    return { error: "Le logo doit être une image SVG, PNG, JPEG ou WebP." }
  }
  if (bytes.byteLength === 0) {
    return { error: "Le fichier est vide." }
  }
  if (bytes.byteLength > MAX_LOGO_BYTES) {
    return { error: `Le logo pèse ${Math.ceil(bytes.byteLength / 1024)} Ko : 70 Ko au plus (un SVG ou un PNG optimisé suffit).` }
  }
  return { dataUri: `data:${type};base64,${Buffer.from(bytes).toString("base64")}` }
}
