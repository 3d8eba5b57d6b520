import { isFrenchWord } from "./french-words"
import { correctQuery, type Lookup } from "./lexicon"
import { hasLexicon, pgLookup, type Pg } from "./pg-lexicon"
import type { Speller } from "./run-discovery"

/**
 * A word the indexes do not hold but French does ("réduction") is the shopper's word, not a typo:
 * correcting it to the nearest indexed word ("reproduction") would search for something else.
 */
export function knowingFrench(lookup: Lookup): Lookup {
  return {
    known: async (word) => isFrenchWord(word) || (await lookup.known(word)),
    closest: (word) => lookup.closest(word),
  }
}

/** The lexicon-backed speller over the application's PostgreSQL connection. */
export function pgSpeller(pg: Pg): Speller {
  return {
    available: () => hasLexicon(pg),
    correct: (q) => correctQuery(q, knowingFrench(pgLookup(pg))),
  }
}
