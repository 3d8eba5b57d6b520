import { describe, expect, it } from "vitest"
import { correctQuery } from "./lexicon"

const KNOWN = ["fromagerie", "beffroi", "estaminet", "lille", "pain", "tourcoing"]
const lookup = {
  known: async (word: string) => KNOWN.includes(word),
  closest: async (word: string) => KNOWN.find((k) => k.slice(0, 4) === word.slice(0, 4)) ?? null,
}

describe("typo correction", () => {
  it("replaces unknown words by the closest known one", async () => {
    expect(await correctQuery("Fromagrie du beffroi", lookup)).toBe("fromagerie du beffroi")
    expect(await correctQuery("estamient lille", lookup)).toBe("estaminet lille")
  })

  it("leaves short words, numbers and known words alone, and says when nothing changed", async () => {
    expect(await correctQuery("pain lille", lookup)).toBeNull()
    expect(await correctQuery("bio 75", lookup)).toBeNull()
    expect(await correctQuery("zzzzzz", lookup)).toBeNull()
  })

})
