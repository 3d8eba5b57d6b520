import { describe, expect, it } from "vitest"
import { hoursEn, hoursFr } from "../i18n/hours"
import { exceptionText } from "./closures"

describe("an exception in a sentence", () => {
  it("says a closure over several days with its note, in French and in English", () => {
    const closure = { date: "2026-08-03", until: "2026-08-18", ranges: [], label: "Fermeture annuelle" }
    expect(exceptionText(closure, "fr", hoursFr)).toBe("Du lundi 3 août 2026 au mardi 18 août 2026 : fermé (Fermeture annuelle)")
    expect(exceptionText(closure, "en", hoursEn)).toBe("From Monday, 3 August 2026 to Tuesday, 18 August 2026: closed (Fermeture annuelle)")
  })

  it("says special hours on one day", () => {
    const eve = { date: "2026-12-24", ranges: [{ open: "07:00", close: "17:00" }] }
    expect(exceptionText(eve, "fr", hoursFr)).toBe("Jeudi 24 décembre 2026 : 07:00–17:00")
  })
})
