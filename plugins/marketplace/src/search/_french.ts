import type { SearchTypes } from "@medusajs/framework/types"
import { FRENCH_STOP_WORDS, FRENCH_SYNONYM_GROUPS } from "../lib/synonyms-fr"
import { foldAccents } from "../lib/french-text"

/**
 * Settings every discovery index shares: typo tolerance on, and for engines
 * that manage their own language resources (Meilisearch) the repository's
 * French synonyms and stop words. PostgreSQL gets the same synonyms through the
 * documents' hidden `terms` field and its French configuration through the
 * provider's `language` option.
 */
export function frenchIndexSettings(): SearchTypes.SearchIndexSettings {
  const synonyms: Record<string, string[]> = {}
  for (const group of FRENCH_SYNONYM_GROUPS) {
    const folded = group.map(foldAccents)
    for (const word of folded) {
      synonyms[word] = folded.filter((other) => other !== word)
    }
  }
  return {
    typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
    provider_options: {
      meilisearch: { synonyms, stopWords: [...FRENCH_STOP_WORDS], localizedAttributes: [{ locales: ["fra"], attributePatterns: ["*"] }] },
    },
  }
}
