import { describe, expect, it } from "vitest"
import { accessibilityLines, ACCESSIBILITY_KEYS, type AccessibilityTexts } from "./accessibility"

const texts = Object.fromEntries(ACCESSIBILITY_KEYS.map((k) => [k, { yes: `${k}:oui`, no: `${k}:non` }])) as AccessibilityTexts

describe("accessibilityLines", () => {
  it("says both what is and what is not accessible, in a fixed order, then the notes", () => {
    expect(
      accessibilityLines(
        { hearing_loop: false, step_free_entrance: true, notes: "  Rampe amovible sur demande " },
        texts
      )
    ).toEqual(["step_free_entrance:oui", "hearing_loop:non", "Rampe amovible sur demande"])
  })

  it("ignores unknown keys, non-boolean values and missing information", () => {
    expect(accessibilityLines({ lift: true, wheelchair_accessible: "yes" }, texts)).toEqual([])
    expect(accessibilityLines(null, texts)).toEqual([])
  })
})
