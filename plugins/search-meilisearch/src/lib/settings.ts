import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { hasGeo, planFields } from "./field-plan"

/** Engine settings an index definition may pass through `settings.provider_options.meilisearch`. */
const PASS_THROUGH = ["synonyms", "stopWords", "rankingRules", "localizedAttributes", "separatorTokens", "nonSeparatorTokens", "dictionary"] as const

export type MeilisearchSettings = Record<string, unknown> & {
  searchableAttributes: string[]
  filterableAttributes: string[]
  sortableAttributes: string[]
  displayedAttributes: string[]
}

/**
 * The settings of a Meilisearch index built from a Search Module definition.
 * Searchable attributes are ordered by weight, since attribute order is how
 * Meilisearch ranks fields; facets must be filterable there; numeric latitude
 * and longitude become `_geo` so radius filters and distance sorts work.
 */
export function meilisearchSettings(definition: SearchTypes.ResolvedSearchIndexDefinition): MeilisearchSettings {
  const plan = planFields(definition.fields)
  const fields = [...plan.values()]
  const geo = hasGeo(plan) ? ["_geo"] : []
  const typo = definition.settings.typo_tolerance ?? {}
  const extra = definition.settings.provider_options?.meilisearch ?? {}
  for (const key of Object.keys(extra)) {
    if (!(PASS_THROUGH as readonly string[]).includes(key)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Index "${definition.name}": unknown Meilisearch setting "${key}" (allowed: ${PASS_THROUGH.join(", ")})`
      )
    }
  }
  return {
    searchableAttributes: fields
      .filter((f) => f.weight !== null)
      .sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))
      .map((f) => f.path),
    filterableAttributes: [...new Set([definition.primary_key, ...fields.filter((f) => f.filterable || f.facetable).map((f) => f.path), ...geo])],
    sortableAttributes: [...fields.filter((f) => f.sortable).map((f) => f.path), ...geo],
    displayedAttributes: [...new Set([definition.primary_key, ...fields.filter((f) => f.retrievable).map((f) => f.path)])],
    typoTolerance: {
      enabled: typo.enabled ?? true,
      ...(typo.min_word_size_for_one_typo || typo.min_word_size_for_two_typos
        ? {
            minWordSizeForTypos: {
              ...(typo.min_word_size_for_one_typo ? { oneTypo: typo.min_word_size_for_one_typo } : {}),
              ...(typo.min_word_size_for_two_typos ? { twoTypos: typo.min_word_size_for_two_typos } : {}),
            },
          }
        : {}),
      disableOnAttributes: typo.disabled_on_attributes ?? [],
    },
    distinctAttribute: definition.settings.distinct_attribute ?? null,
    faceting: { maxValuesPerFacet: 1000 },
    pagination: { maxTotalHits: 10_000 },
    ...Object.fromEntries(PASS_THROUGH.filter((key) => key in extra).map((key) => [key, extra[key]])),
  }
}
