import { foldAccents } from "./french-text"
import { FRENCH_STOP_WORDS, FRENCH_SYNONYM_GROUPS } from "./synonyms-fr"

/**
 * Settings every discovery index shares, in the shape of Medusa's Search
 * Module index settings: typo tolerance on, and for engines that manage their
 * own language resources (Meilisearch) the repository's French synonyms and
 * stop words. PostgreSQL gets the same synonyms through the documents' hidden
 * `terms` field and its French configuration through the provider's
 * `language` option.
 */
export function frenchIndexSettings() {
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
      meilisearch: {
        synonyms,
        stopWords: [...FRENCH_STOP_WORDS],
        localizedAttributes: [{ locales: ["fra"], attributePatterns: ["*"] }],
      },
    },
  }
}
