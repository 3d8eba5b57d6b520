/** One line of a before/after view: a field the merchant changed, with both values as text. */
export type DiffRow = { field: string; before: string | null; after: string | null }

const asText = (value: unknown): string | null => {
  if (value === null || value === undefined || value === "") {
    return null
  }
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : JSON.stringify(value, null, 1)
}

/** The fields of a proposal, in its order, each with what was there before; unchanged fields are left out. */
export function caseDiff(proposed: Record<string, unknown> | null, previous: Record<string, unknown> | null): DiffRow[] {
  return Object.entries(proposed ?? {})
    .map(([field, value]) => ({ field, before: asText(previous?.[field]), after: asText(value) }))
    .filter((row) => row.before !== row.after)
}
