import type { PhotosDictionary } from "../i18n/photos"

/*
 * The vitrine editor's photo list, read on the server: each photo travels as `photo-<i>-url` with
 * its text, its decorative mark, its position and a "remove" box; the `cover` radio names the photo
 * to show first. Errors are French sentences naming the photo's field.
 */

const MAX_ALT = 250

export type ArrangedPhoto = { url: string; alt?: string; decorative: boolean }
export type PhotoArrangementResult = { keep: ArrangedPhoto[]; remove: string[] } | { error: string }

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/** Why a photo's text cannot be saved (naming `where`), or null. */
export function photoTextProblem(alt: string, decorative: boolean, where: string, t: PhotosDictionary): string | null {
  if (!decorative && !alt) return t.errors.altMissing(where)
  if (alt.length > MAX_ALT) return t.errors.altTooLong(where)
  return null
}

/**
 * The photos to keep in their new order (by position, then as listed; the cover first) with their
 * texts, and those to take off; or the first text missing.
 */
export function arrangementFromForm(form: FormData, t: PhotosDictionary): PhotoArrangementResult {
  const listed: (ArrangedPhoto & { position: number; index: number })[] = []
  const remove: string[] = []
  for (let i = 0; form.has(`photo-${i}-url`); i++) {
    const url = field(form, `photo-${i}-url`)
    if (form.get(`photo-${i}-remove`)) {
      remove.push(url)
      continue
    }
    const decorative = !!form.get(`photo-${i}-decorative`)
    const alt = field(form, `photo-${i}-alt`)
    const problem = photoTextProblem(alt, decorative, `${t.photo(i + 1)} — ${t.alt}`, t)
    if (problem) return { error: problem }
    const position = Number.parseInt(field(form, `photo-${i}-position`), 10)
    listed.push({ url, alt: decorative ? undefined : alt, decorative, position: Number.isFinite(position) ? position : i + 1, index: i })
  }
  const cover = field(form, "cover")
  const ordered = listed
    .sort((a, b) => a.position - b.position || a.index - b.index)
    .sort((a, b) => Number(b.url === cover) - Number(a.url === cover))
  return { keep: ordered.map(({ url, alt, decorative }) => ({ url, ...(alt !== undefined ? { alt } : {}), decorative })), remove }
}
