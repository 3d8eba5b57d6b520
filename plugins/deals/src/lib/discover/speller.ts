import { correctQuery } from "./lexicon"
import { hasLexicon, pgLookup, type Pg } from "./pg-lexicon"
import type { Speller } from "./run-discovery"

/** The lexicon-backed speller over the application's PostgreSQL connection. */
export function pgSpeller(pg: Pg): Speller {
  return {
    available: () => hasLexicon(pg),
    correct: (q) => correctQuery(q, pgLookup(pg)),
  }
}
