/**
 * What a vitrine says about access. Merchants fill a free-form object; these
 * are the keys the storefront knows how to say. A known key set to false is
 * said too: "no step-free entrance" is as useful as "step-free entrance".
 */
export const ACCESSIBILITY_KEYS = [
  "step_free_entrance",
  "wheelchair_accessible",
  "accessible_toilets",
  "hearing_loop",
  "assistance_dogs_welcome",
  "large_print",
] as const

export type AccessibilityKey = (typeof ACCESSIBILITY_KEYS)[number]
export type AccessibilityTexts = Record<AccessibilityKey, { yes: string; no: string }>

/** The sentences to show, in the keys' order, then the merchant's own notes. */
export function accessibilityLines(info: unknown, texts: AccessibilityTexts): string[] {
  if (!info || typeof info !== "object") {
    return []
  }
  const record = info as Record<string, unknown>
  const lines = ACCESSIBILITY_KEYS.filter((key) => typeof record[key] === "boolean").map((key) =>
    record[key] ? texts[key].yes : texts[key].no
  )
  if (typeof record.notes === "string" && record.notes.trim()) {
    lines.push(record.notes.trim())
  }
  return lines
}
