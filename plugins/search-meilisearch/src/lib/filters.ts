import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { dateToMillis } from "./documents"
import type { FieldPlan } from "./field-plan"

type Filters = SearchTypes.SearchFilters
type Value = SearchTypes.SearchFilterValue

const fail = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/**
 * A string literal of Meilisearch's filter language: double-quoted, with the
 * backslash and the quote escaped, so a value can never close its quotes and
 * add a condition of its own.
 */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** Attribute names come from the index definition, never from shoppers; still, only plain paths pass. */
const ATTRIBUTE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/

function attribute(path: string, plan?: FieldPlan): string {
  if (!ATTRIBUTE.test(path)) {
    fail(`Invalid filter field "${path}"`)
  }
  if (plan && !plan.has(path)) {
    fail(`Unknown filter field "${path}" on the Meilisearch provider`)
  }
  return path
}

function literal(path: string, value: Value, plan?: FieldPlan): string {
  const type = plan?.get(path)?.type
  if (value instanceof Date || type === "date") {
    const ms = dateToMillis(value)
    return ms === null ? fail(`Cannot read "${String(value)}" as a date for "${path}"`) : String(ms)
  }
  if (typeof value === "number") {
    return Number.isFinite(value) ? String(value) : fail(`Invalid number for "${path}"`)
  }
  if (typeof value === "boolean") {
    return value ? "true" : "false"
  }
  if ((type === "float" || type === "integer") && typeof value === "string") {
    const n = Number(value)
    return Number.isFinite(n) && value.trim() !== "" ? String(n) : fail(`Cannot read "${value}" as a number for "${path}"`)
  }
  return quote(String(value))
}

const list = (path: string, values: Value[], plan?: FieldPlan) => `[${values.map((v) => literal(path, v, plan)).join(", ")}]`

function equals(attr: string, path: string, value: Value, plan?: FieldPlan): string {
  return value === null ? `${attr} IS NULL` : `${attr} = ${literal(path, value, plan)}`
}

function fieldCondition(path: string, raw: unknown, plan?: FieldPlan): string {
  const attr = attribute(path, plan)
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Date) {
    const values = (Array.isArray(raw) ? raw : [raw]) as Value[]
    return values.length === 1 ? equals(attr, path, values[0], plan) : `${attr} IN ${list(path, values, plan)}`
  }
  const parts: string[] = []
  for (const [operator, value] of Object.entries(raw as Record<string, unknown>)) {
    const values = (Array.isArray(value) ? value : [value]) as Value[]
    switch (operator) {
      case "$eq":
        parts.push(equals(attr, path, value as Value, plan))
        break
      case "$ne":
        parts.push(value === null ? `${attr} IS NOT NULL` : `${attr} != ${literal(path, value as Value, plan)}`)
        break
      case "$in":
      case "$overlaps":
        parts.push(`${attr} IN ${list(path, values, plan)}`)
        break
      case "$nin":
        parts.push(`${attr} NOT IN ${list(path, values, plan)}`)
        break
      case "$contains":
        parts.push(values.map((v) => equals(attr, path, v, plan)).join(" AND "))
        break
      case "$gt":
      case "$gte":
      case "$lt":
      case "$lte": {
        const sign = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }[operator]
        parts.push(`${attr} ${sign} ${literal(path, value as Value, plan)}`)
        break
      }
      case "$exists":
        parts.push(value ? `${attr} EXISTS` : `${attr} NOT EXISTS`)
        break
      default:
        // $prefix and $like: Meilisearch has no substring filter; refuse rather than approximate.
        fail(`The Meilisearch provider does not support operator "${operator}" on "${path}"`)
    }
  }
  return parts.length ? parts.map((p) => `(${p})`).join(" AND ") : fail(`Empty operator map on "${path}"`)
}

/**
 * The Search Module's filter tree as a Meilisearch filter expression. `q` is
 * not a filter and is skipped; an empty `$in` list matches nothing (`IN []`).
 */
export function toMeilisearchFilter(filters: Filters | undefined, plan?: FieldPlan): string | undefined {
  if (!filters) {
    return undefined
  }
  const compile = (branch: Filters): string => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q" || value === undefined) {
        continue
      }
      if (key === "$and" || key === "$or") {
        const nested = (value as Filters[]).map(compile).filter(Boolean)
        if (nested.length) {
          parts.push(`(${nested.map((n) => `(${n})`).join(key === "$and" ? " AND " : " OR ")})`)
        }
        continue
      }
      if (key === "$not") {
        const nested = compile(value as Filters)
        if (nested) {
          parts.push(`NOT (${nested})`)
        }
        continue
      }
      parts.push(fieldCondition(key, value, plan))
    }
    return parts.join(" AND ")
  }
  return compile(filters) || undefined
}
