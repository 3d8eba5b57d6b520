import { FRENCH_SYNONYM_GROUPS } from "./synonyms-fr"

/** "Pâtisserie Crème-Brûlée" → "patisserie creme-brulee": what shoppers type on a phone keyboard. */
export function foldAccents(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
}

/** The words of a text, folded, apostrophes and hyphens splitting words ("l'épicerie" → "l", "epicerie"). */
export function words(text: string): string[] {
  return foldAccents(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

/**
 * A crude French singular: enough to match "fleurs" with "fleur", "gâteaux"
 * with "gateau" and "vins" with "vin" when comparing against the synonym list.
 * Stemming proper is left to the search engine.
 */
export function singular(word: string): string {
  if (word.length > 3 && /[sx]$/.test(word)) {
    return word.slice(0, -1)
  }
  return word
}

const normalise = (text: string) => words(text).map(singular).join(" ")

type Group = { phrases: string[] }
const GROUPS: Group[] = FRENCH_SYNONYM_GROUPS.map((group) => ({ phrases: group.map(normalise) }))

/**
 * The synonyms a text implies: for every group one of whose members appears in
 * the text (as a word or a phrase, plurals and accents aside), all its
 * members. Written into a hidden field of each search document so that
 * "resto" finds a "Restaurant" and "pain" a "Boulangerie", on any engine.
 */
export function synonymsOf(text: string): string[] {
  const haystack = ` ${normalise(text)} `
  const found = new Set<string>()
  for (const group of GROUPS) {
    if (group.phrases.some((phrase) => haystack.includes(` ${phrase} `))) {
      group.phrases.forEach((phrase) => found.add(phrase))
    }
  }
  return [...found].sort()
}

/**
 * The folded text a document is also matched on: its own words without
 * accents (so that a typo in an accented word still scores on trigrams) and
 * the synonyms they imply.
 */
export function searchTerms(...parts: (string | null | undefined)[]): string {
  const text = parts.filter(Boolean).join(" ")
  return [...new Set([...words(text), ...synonymsOf(text)])].join(" ")
}
