import { describe, expect, it } from "vitest"
import { isFrenchWord } from "./french-words"
import { correctQuery } from "./lexicon"
import { knowingFrench } from "./speller"

describe("the French dictionary the speller respects", () => {
  it("knows French words, folded, and not typos", () => {
    expect(["reduction", "reproduction", "chaussures", "famille", "remise"].map(isFrenchWord)).toEqual([true, true, true, true, true])
    expect(["boulangrie", "fromagrie", "cordonerie", "xqzw"].map(isFrenchWord)).toEqual([false, false, false, false])
  })
})

describe("the speller", () => {
  // The index knows "reproduction" (a cobbler's keys), not "reduction".
  const indexed = { known: async (word: string) => word === "reproduction", closest: async () => "reproduction" }

  it("never turns a French word into another word of the index", async () => {
    expect(await correctQuery("reduction", knowingFrench(indexed))).toBeNull()
    expect(await correctQuery("reduction", indexed)).toBe("reproduction")
  })

  it("still corrects what French does not know", async () => {
    expect(await correctQuery("reprodution", knowingFrench(indexed))).toBe("reproduction")
  })
})
