import { describe, expect, it } from "vitest"
import { en } from "../../i18n/messages/en"
import { fr } from "../../i18n/messages/fr"
import { countsEn, countsFr } from "./counts"

describe("counting messages (ICU plurals through next-intl)", () => {
  it("agree in number in each language, French counting 0 and 1 as singular", () => {
    expect([0, 1, 2].map((count) => countsFr("cartItems", { count }))).toEqual(["", "(1 article)", "(2 articles)"])
    expect([0, 1, 2].map((count) => countsEn("cartItems", { count }))).toEqual(["", "(1 item)", "(2 items)"])
    expect([0, 1, 2].map((count) => countsFr("reservations", { count }))).toEqual(["0 réservation", "1 réservation", "2 réservations"])
    expect([0, 1].map((count) => countsEn("reservations", { count }))).toEqual(["0 reservations", "1 reservation"])
    expect(countsFr("claims", { claimed: 1, redeemed: 3 })).toBe("1 obtenu, 3 utilisés en boutique")
  })

  it("format numbers the reader's way inside the sentence", () => {
    expect(countsFr("resultsFor", { count: 1234, query: "pain" })).toBe("1\u202f234 résultats pour « pain »")
    expect(countsEn("results", { count: 1234 })).toBe("1,234 results")
  })

  it("has the same keys in English as in French", () => {
    const keys = (messages: Record<string, Record<string, string>>) =>
      Object.entries(messages).flatMap(([namespace, texts]) => Object.keys(texts).map((key) => `${namespace}.${key}`)).sort()
    expect(keys(en)).toEqual(keys(fr))
  })
})
