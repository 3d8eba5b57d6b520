import { createHash } from "node:crypto"

/** The same JSON whatever order an object's keys were set in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonical)
  }
  if (value instanceof Date) {
    return value.toISOString()
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])])
    )
  }
  return value
}

/**
 * A digest of what a document is made from (its data and its layout's version): equal digests mean
 * the stored copy still says the same, so it is served instead of rendered again.
 */
export function fingerprint(layout: string, data: unknown): string {
  return createHash("sha256").update(layout).update("\n").update(JSON.stringify(canonical(data))).digest("hex")
}
