import { describe, expect, it } from "vitest"
import { frenchIndexSettings } from "./french-search"

describe("frenchIndexSettings", () => {
  it("makes every word of a synonym group, accents folded, point at the others", () => {
    const { synonyms } = frenchIndexSettings().provider_options.meilisearch
    expect(synonyms["boulangerie"]).toEqual(expect.arrayContaining(["boulanger"]))
    expect(Object.keys(synonyms).every((word) => word === word.normalize("NFD").replace(/\p{M}/gu, ""))).toBe(true)
    expect(Object.entries(synonyms).every(([word, others]) => !others.includes(word))).toBe(true)
  })

  it("tolerates typos from four letters and keeps French stop words", () => {
    const settings = frenchIndexSettings()
    expect(settings.typo_tolerance).toMatchObject({ enabled: true, min_word_size_for_one_typo: 4 })
    expect(settings.provider_options.meilisearch.stopWords).toContain("les")
  })
})
