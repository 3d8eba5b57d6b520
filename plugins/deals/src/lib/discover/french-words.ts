import { createRequire } from "node:module"
import { foldAccents } from "@enjoy/kernel"

/**
 * The French dictionary (the `an-array-of-french-words` package, ~336,000 forms), folded like the
 * queries, sorted, and kept as one string with the offsets of its words: about 5 MB in memory rather
 * than the 45 MB of a Set of strings. Read on the first correction a process attempts, not at boot.
 */
type Dictionary = { text: string; offsets: Uint32Array }
let dictionary: Dictionary | undefined

function load(): Dictionary {
  const forms: string[] = createRequire(__filename)("an-array-of-french-words")
  const sorted = [...new Set(forms.map(foldAccents))].filter((word) => /^[a-z]+$/.test(word)).sort()
  const offsets = new Uint32Array(sorted.length + 1)
  let at = 0
  sorted.forEach((word, i) => {
    offsets[i] = at
    at += word.length
  })
  offsets[sorted.length] = at
  return { text: sorted.join(""), offsets }
}

/** Whether a folded word ("reduction") is a French word, by binary search over the sorted dictionary. */
export function isFrenchWord(word: string): boolean {
  dictionary ??= load()
  const { text, offsets } = dictionary
  let low = 0
  let high = offsets.length - 2
  while (low <= high) {
    const middle = (low + high) >> 1
    const candidate = text.slice(offsets[middle], offsets[middle + 1])
    if (candidate === word) return true
    if (candidate < word) low = middle + 1
    else high = middle - 1
  }
  return false
}
