import { hasGeo, type FieldPlan } from "./field-plan"

const dateFields = (plan: FieldPlan) => [...plan.values()].filter((f) => f.type === "date" && !f.path.includes("."))

/** Milliseconds since the epoch, the only date form Meilisearch can filter and sort on. */
export function dateToMillis(value: unknown): number | null {
  if (value === null || value === undefined || value === "") {
    return null
  }
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(String(value))
  return Number.isFinite(ms) ? ms : null
}

/**
 * A document as Meilisearch stores it: top-level dates as milliseconds, and
 * `_geo` beside latitude and longitude when the index is geographic.
 */
export function toEngineDocument(document: Record<string, unknown>, plan: FieldPlan): Record<string, unknown> {
  const out: Record<string, unknown> = { ...document }
  for (const field of dateFields(plan)) {
    if (field.path in out) {
      out[field.path] = field.array
        ? ((out[field.path] as unknown[]) ?? []).map(dateToMillis)
        : dateToMillis(out[field.path])
    }
  }
  if (hasGeo(plan) && typeof document.latitude === "number" && typeof document.longitude === "number") {
    out._geo = { lat: document.latitude, lng: document.longitude }
  }
  return out
}

/** A hit back in the shape it was written: dates as ISO strings, no engine fields. */
export function fromEngineDocument(hit: Record<string, unknown>, plan: FieldPlan): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(hit)) {
    if (!key.startsWith("_")) {
      out[key] = value
    }
  }
  for (const field of dateFields(plan)) {
    const value = out[field.path]
    if (typeof value === "number") {
      out[field.path] = new Date(value).toISOString()
    } else if (Array.isArray(value)) {
      out[field.path] = value.map((v) => (typeof v === "number" ? new Date(v).toISOString() : v))
    }
  }
  return out
}
