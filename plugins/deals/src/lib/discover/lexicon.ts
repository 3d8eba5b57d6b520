import { words } from "@enjoy/kernel"

/**
 * Typo correction against the words the indexes hold ("fromagrie" →
 * "fromagerie"), then an exact search with the corrected words: fast at any
 * size, and the shopper is told what was searched instead.
 */
export type Lookup = {
  /** Whether the word is known as it is. */
  known(word: string): Promise<boolean>
  /** The closest known word, or null when none is close enough. */
  closest(word: string): Promise<string | null>
}

/** Words shorter than this are left as they are: too many near neighbours to guess. */
export const MIN_CORRECTED_LENGTH = 4

/** The query with its unknown words replaced by their closest known word, or null when nothing changed. */
export async function correctQuery(q: string, lookup: Lookup): Promise<string | null> {
  const original = words(q)
  const corrected = await Promise.all(
    original.map(async (word) => {
      if (word.length < MIN_CORRECTED_LENGTH || /^\d+$/.test(word) || (await lookup.known(word))) {
        return word
      }
      return (await lookup.closest(word)) ?? word
    })
  )
  const changed = corrected.some((word, i) => word !== original[i])
  return changed ? corrected.join(" ") : null
}
