import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { fromEngineDocument, dateToMillis } from "./documents"
import { planFields, type FieldPlan } from "./field-plan"
import { toMeilisearchFilter } from "./filters"

/** One query of a Meilisearch multi-search request (POST /multi-search). */
export type EngineQuery = {
  indexUid: string
  q?: string
  filter?: string
  facets?: string[]
  sort?: string[]
  offset: number
  limit: number
  matchingStrategy?: "all" | "last" | "frequency"
  attributesToRetrieve?: string[]
  showRankingScore?: boolean
}

/** Geography passed by a caller through `search_options.provider_options.meilisearch`. */
type GeoOptions = { geo_radius?: { lat: number; lng: number; radius_m: number }; sort_by_distance_from?: { lat: number; lng: number } }

const MATCHING = { all: "all", last: "last", any: "frequency" } as const

const finite = (n: unknown, what: string) =>
  typeof n === "number" && Number.isFinite(n) ? n : (() => {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid ${what}`)
  })()

/** The range facet counts become extra count-only queries that repeat the main filter. */
type RangeRequest = Extract<SearchTypes.SearchFacetRequest, { type: "range" }>

export type PlannedSearch = {
  queries: EngineQuery[]
  /** Turns the engine's answers to `queries` back into the Search Module's result. */
  read: (results: EngineResult[]) => SearchTypes.SearchResult
}

export type EngineResult = {
  hits: Record<string, unknown>[]
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
  processingTimeMs?: number
}

function sortOf(order: Record<string, "ASC" | "DESC"> | undefined, plan: FieldPlan, geo: GeoOptions): string[] | undefined {
  const sort = Object.entries(order ?? {})
    .filter(([field]) => field !== "_score")
    .map(([field, direction]) => {
      if (!plan.get(field)?.sortable) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Field "${field}" is not sortable`)
      }
      return `${field}:${direction === "DESC" ? "desc" : "asc"}`
    })
  if (geo.sort_by_distance_from) {
    const { lat, lng } = geo.sort_by_distance_from
    sort.unshift(`_geoPoint(${finite(lat, "latitude")}, ${finite(lng, "longitude")}):asc`)
  }
  return sort.length ? sort : undefined
}

function rangeFilter(field: string, range: RangeRequest["ranges"][number], plan: FieldPlan): string {
  const bound = (value: number | string) =>
    plan.get(field)?.type === "date" ? String(dateToMillis(value)) : String(finite(Number(value), `bound of ${field}`))
  return [range.from !== undefined ? `${field} >= ${bound(range.from)}` : "", range.to !== undefined ? `${field} < ${bound(range.to)}` : ""]
    .filter(Boolean)
    .join(" AND ")
}

/** Plans the engine queries for one Search Module query and how to read their answers back. */
export function planSearch(input: SearchTypes.ProviderSearchQuery): PlannedSearch {
  const plan = planFields(input.index.fields)
  const options = input.search_options ?? {}
  const geo = (options.provider_options?.meilisearch ?? {}) as GeoOptions
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? 20
  const conditions = [toMeilisearchFilter(input.filters, plan)]
  if (geo.geo_radius) {
    const { lat, lng, radius_m } = geo.geo_radius
    conditions.push(`_geoRadius(${finite(lat, "latitude")}, ${finite(lng, "longitude")}, ${finite(radius_m, "radius")})`)
  }
  const filter = conditions.filter(Boolean).map((c) => `(${c})`).join(" AND ") || undefined
  const requests = (options.facets ?? []).map((f) => (typeof f === "string" ? { field: f } : f))
  type ValueRequest = Exclude<SearchTypes.SearchFacetRequest, RangeRequest>
  const valueFacets = requests.filter((f): f is ValueRequest => f.type !== "range")
  const rangeFacets = requests.filter((f): f is RangeRequest => f.type === "range")

  const sort = sortOf(input.pagination?.order, plan, geo)
  const main: EngineQuery = {
    indexUid: input.index.physical_name,
    ...(input.q ? { q: input.q } : {}),
    ...(filter ? { filter } : {}),
    ...(valueFacets.length ? { facets: valueFacets.map((f) => f.field) } : {}),
    ...(sort ? { sort } : {}),
    offset: skip,
    limit: take,
    matchingStrategy: MATCHING[options.match_strategy ?? "all"],
    attributesToRetrieve: input.attributes_to_retrieve,
    showRankingScore: true,
  }
  const counts: EngineQuery[] = rangeFacets.flatMap((facet) =>
    facet.ranges.map((range) => ({
      indexUid: input.index.physical_name,
      ...(input.q ? { q: input.q } : {}),
      filter: [filter, rangeFilter(facet.field, range, plan)].filter(Boolean).map((c) => `(${c})`).join(" AND "),
      offset: 0,
      limit: 0,
      matchingStrategy: main.matchingStrategy,
    }))
  )

  const read = (results: EngineResult[]): SearchTypes.SearchResult => {
    const [first, ...rest] = results
    const facets: Record<string, SearchTypes.SearchFacetResult> = {}
    for (const request of valueFacets) {
      if (request.type === "stats") {
        const stats = first.facetStats?.[request.field]
        facets[request.field] = { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count: first.estimatedTotalHits ?? 0 }
        continue
      }
      const order = "sort" in request ? request.sort : undefined
      const limit = "limit" in request ? request.limit : undefined
      const distribution = Object.entries(first.facetDistribution?.[request.field] ?? {})
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => (order === "alpha" ? a.value.localeCompare(b.value) : b.count - a.count))
      facets[request.field] = { type: "value", values: limit ? distribution.slice(0, limit) : distribution }
    }
    let next = 0
    for (const facet of rangeFacets) {
      facets[facet.field] = {
        type: "range",
        ranges: facet.ranges.map((range) => ({
          key: range.key ?? `${range.from ?? ""}-${range.to ?? ""}`,
          from: range.from,
          to: range.to,
          count: rest[next++]?.estimatedTotalHits ?? 0,
        })),
      }
    }
    return {
      hits: first.hits.map((hit) => ({
        id: String(hit[input.index.primary_key]),
        score: options.include_score ? Number(hit._rankingScore) : undefined,
        document: fromEngineDocument(hit, plan),
      })),
      ...(requests.length ? { facets } : {}),
      metadata: {
        skip,
        take,
        count: options.count === "none" ? null : (first.totalHits ?? first.estimatedTotalHits ?? first.hits.length),
        query: input.q,
        processing_time_ms: first.processingTimeMs,
      },
    }
  }
  return { queries: [main, ...counts], read }
}
