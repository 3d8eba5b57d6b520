import { describe, expect, it } from "vitest"
import { aCommune, deCommune, dictionaries, formatNumber, formatOpening, formatPrice, isLocale } from "./dictionaries"

describe("dictionaries", () => {
  it("translate every key in English, with no empty text", () => {
    const texts = (entry: unknown): string[] =>
      typeof entry === "function"
        ? [entry("Lille", "pain")]
        : typeof entry === "string"
          ? [entry]
          : Object.values(entry as object).flatMap(texts)
    const keys = (entry: object): string[] =>
      Object.entries(entry).flatMap(([key, value]) =>
        value && typeof value === "object" ? [key, ...keys(value).map((k) => `${key}.${k}`)] : [key]
      )
    expect(keys(dictionaries.en).sort()).toEqual(keys(dictionaries.fr).sort())
    for (const dict of Object.values(dictionaries)) {
      for (const text of texts(dict)) {
        expect(text.trim()).not.toBe("")
      }
    }
  })

  it("accept only known locales", () => {
    expect(isLocale("fr")).toBe(true)
    expect(isLocale("de")).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })

  it("format numbers the French way by default", () => {
    expect(formatNumber(236000, "fr")).toBe("236\u202f000")
    expect(formatNumber(236000, "en")).toBe("236,000")
  })
})

describe("deCommune", () => {
  it("elides before a vowel", () => {
    expect(deCommune("Lille")).toBe("de Lille")
    expect(deCommune("Armentières")).toBe("d'Armentières")
    expect(dictionaries.fr.portalOf("Érquinghem")).toBe("Portail d'Érquinghem")
    expect(dictionaries.en.portalOf("Armentières")).toBe("Portal of Armentières")
  })
})

describe("aCommune", () => {
  it("contracts à with the article of a commune's name", () => {
    expect(aCommune("Lille")).toBe("à Lille")
    expect(aCommune("La Madeleine")).toBe("à La Madeleine")
    expect(aCommune("Le Maisnil")).toBe("au Maisnil")
    expect(aCommune("Les Rues-des-Vignes")).toBe("aux Rues-des-Vignes")
    expect(aCommune("Lesquin")).toBe("à Lesquin")
    expect(dictionaries.fr.agenda.titleIn("Le Maisnil")).toBe("Agenda au Maisnil")
    expect(dictionaries.en.deals.titleIn("Lille")).toBe("Current deals in Lille")
  })
})

describe("formatOpening", () => {
  it("says the weekday and the Paris time", () => {
    // Tuesday 20 January 2026, 06:00 UTC = 07:00 in Paris.
    expect(formatOpening("2026-01-20T06:00:00.000Z", "fr")).toBe("mardi 07:00")
    expect(formatOpening("2026-01-20T06:00:00.000Z", "en")).toBe("Tuesday 07:00")
  })
})

describe("formatPrice", () => {
  it("writes euros the French way by default", () => {
    expect(formatPrice(4.2, "fr")).toBe("4,20\u00a0€")
    expect(formatPrice(4.2, "en")).toBe("€4.20")
  })
})
