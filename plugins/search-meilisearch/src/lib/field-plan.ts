import type { SearchTypes } from "@medusajs/framework/types"

/** One leaf field of an index definition, by its dotted path. */
export type PlannedField = {
  path: string
  type: SearchTypes.SearchFieldDefinition["type"]
  array: boolean
  weight: number | null
  filterable: boolean
  sortable: boolean
  facetable: boolean
  retrievable: boolean
}

export type FieldPlan = Map<string, PlannedField>

const weightOf = (searchable: SearchTypes.SearchFieldDefinition["searchable"]) =>
  searchable === true ? 1 : typeof searchable === "object" ? (searchable.weight ?? 1) : null

/** Flattens a definition's fields (objects become dotted paths, arrays of objects arrays of leaves). */
export function planFields(fields: Record<string, SearchTypes.SearchFieldDefinition>, prefix = "", inArray = false): FieldPlan {
  const plan: FieldPlan = new Map()
  for (const [name, field] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${name}` : name
    const array = inArray || field.array === true
    if (field.type === "object") {
      for (const [p, f] of planFields(field.fields ?? {}, path, array)) {
        plan.set(p, f)
      }
      continue
    }
    plan.set(path, {
      path,
      type: field.type,
      array,
      weight: weightOf(field.searchable),
      filterable: !!field.filterable,
      sortable: !!field.sortable,
      facetable: field.facetable === true || typeof field.facetable === "object",
      retrievable: field.retrievable ?? field.type !== "vector",
    })
  }
  return plan
}

/** Geography, when the index has numeric latitude and longitude: Meilisearch keeps it as `_geo`. */
export function hasGeo(plan: FieldPlan): boolean {
  return ["latitude", "longitude"].every((path) => {
    const field = plan.get(path)
    return !!field && (field.type === "float" || field.type === "integer") && !field.array
  })
}
