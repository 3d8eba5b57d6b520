import { describe, expect, it } from "vitest"
import { photosFr } from "../i18n/photos"
import { arrangementFromForm, photoTextProblem } from "./photos-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  Object.entries(fields).forEach(([name, value]) => data.append(name, value))
  return data
}
const photo = (i: number, url: string, more: Record<string, string> = {}) =>
  Object.fromEntries([[`photo-${i}-url`, url], [`photo-${i}-position`, String(i + 1)], ...Object.entries(more).map(([k, v]) => [`photo-${i}-${k}`, v])])

describe("the photo list's form", () => {
  it("orders by position, puts the cover first, and lists the photos to take off", () => {
    const read = arrangementFromForm(
      form({
        ...photo(0, "a", { alt: "Le four" }),
        ...photo(1, "b", { alt: "La devanture", position: "3" }),
        ...photo(2, "c", { decorative: "on", position: "2" }),
        ...photo(3, "d", { remove: "on" }),
        cover: "b",
      }),
      photosFr
    )
    expect(read).toEqual({
      keep: [
        { url: "b", alt: "La devanture", decorative: false },
        { url: "a", alt: "Le four", decorative: false },
        { url: "c", decorative: true },
      ],
      remove: ["d"],
    })
  })

  it("names the photo whose text is missing, unless it is decorative or taken off", () => {
    expect(arrangementFromForm(form({ ...photo(0, "a", { alt: "Le four" }), ...photo(1, "b", { alt: "  " }) }), photosFr)).toEqual({
      error: "Photo 2 — Texte alternatif : ce que montre la photo : le texte alternatif est obligatoire. Décrivez ce que montre la photo, ou indiquez qu'elle est décorative.",
    })
    expect(arrangementFromForm(form({ ...photo(0, "a", { remove: "on" }) }), photosFr)).toEqual({ keep: [], remove: ["a"] })
    expect(photoTextProblem("x".repeat(251), false, "Photo", photosFr)).toBe("Photo : le texte alternatif tient en 250 caractères au plus.")
  })
})
