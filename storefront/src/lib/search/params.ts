/**
 * The /recherche page's address is its state: what was typed, the filters,
 * the group shown, the view and the page. Pure, so links and the backend
 * query are built the same way everywhere (and tested).
 */
export const GROUPS = ["establishment", "product", "deal", "event"] as const
export type Group = (typeof GROUPS)[number]

/** French slugs in the address for each group. */
export const GROUP_SLUGS: Record<Group, string> = {
  establishment: "etablissements",
  product: "produits",
  deal: "bons-plans",
  event: "agenda",
}

const LIST_FILTERS = ["commune", "kind", "category", "mode"] as const
const FLAG_FILTERS = ["open_now", "has_deal", "in_stock"] as const

export type SearchState = {
  q: string
  group: Group | null
  commune: string[]
  kind: string[]
  category: string[]
  mode: string[]
  open_now: boolean
  has_deal: boolean
  in_stock: boolean
  price_min: string
  price_max: string
  near: string
  view: "liste" | "carte"
  page: number
}

/** The filters of the side panel, all cleared ("Tout effacer"). */
export const NO_FILTER = {
  commune: [],
  kind: [],
  category: [],
  mode: [],
  open_now: false,
  has_deal: false,
  in_stock: false,
  price_min: "",
  price_max: "",
} satisfies Partial<SearchState>

/** How many filters are set: each chosen value counts, a price range counts once. */
export function countFilters(state: SearchState): number {
  const flags = [state.open_now, state.has_deal, state.in_stock, Boolean(state.price_min || state.price_max)]
  return state.commune.length + state.kind.length + state.category.length + state.mode.length + flags.filter(Boolean).length
}

export type RawParams = Record<string, string | string[] | undefined>
export const PAGE_SIZE = 12
const PREVIEW_SIZE = 6

const all = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).map((v) => v.trim()).filter(Boolean).slice(0, 20)
const one = (value: string | string[] | undefined) => all(value)[0] ?? ""
const number = (value: string) => (/^\d+(\.\d+)?$/.test(value) ? value : "")

export function readSearchState(params: RawParams): SearchState {
  const slug = one(params.type)
  const group = (Object.entries(GROUP_SLUGS).find(([, s]) => s === slug)?.[0] as Group | undefined) ?? null
  const page = Number(one(params.page))
  return {
    q: one(params.q).slice(0, 200),
    group,
    commune: all(params.commune),
    kind: all(params.kind),
    category: all(params.category),
    mode: all(params.mode).filter((m) => ["showcase", "reservation", "online"].includes(m)),
    open_now: one(params.open_now) === "1",
    has_deal: one(params.has_deal) === "1",
    in_stock: one(params.in_stock) === "1",
    price_min: number(one(params.price_min)),
    price_max: number(one(params.price_max)),
    near: /^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/.test(one(params.near)) ? one(params.near) : "",
    view: one(params.vue) === "carte" ? "carte" : "liste",
    page: Number.isInteger(page) && page > 1 && page <= 80 ? page : 1,
  }
}

/** The filters of a state as query parameters, flags written the way the target expects ("true" or "1"). */
function appendFilters(query: URLSearchParams, state: SearchState, flag: string) {
  for (const key of LIST_FILTERS) {
    state[key].forEach((value) => query.append(key, value))
  }
  for (const key of FLAG_FILTERS) {
    if (state[key]) query.set(key, flag)
  }
  for (const key of ["price_min", "price_max", "near"] as const) {
    if (state[key]) query.set(key, state[key])
  }
}

/** The query sent to the backend's /store/discover for this state. */
export function discoverQuery(state: SearchState): URLSearchParams {
  const query = new URLSearchParams()
  if (state.q) query.set("q", state.q)
  if (state.group) query.set("types", state.group)
  appendFilters(query, state, "true")
  // Facets are drawn for the group shown (establishments on the overview): the others need not be counted.
  query.set("facets", state.group ?? "establishment")
  const size = state.group ? PAGE_SIZE : PREVIEW_SIZE
  query.set("limit", String(size))
  query.set("offset", String((state.page - 1) * size))
  return query
}

/** The address of a state; `change` overrides some of it (the page goes back to 1 unless set). */
export function searchHref(state: SearchState, change: Partial<SearchState> = {}): string {
  const next = { ...state, page: 1, ...change }
  const query = new URLSearchParams()
  if (next.q) query.set("q", next.q)
  if (next.group) query.set("type", GROUP_SLUGS[next.group])
  appendFilters(query, next, "1")
  if (next.view === "carte") query.set("vue", "carte")
  if (next.page > 1) query.set("page", String(next.page))
  const text = query.toString()
  return text ? `/recherche?${text}` : "/recherche"
}

/** Adds a facet value, or removes it when already chosen. */
export function toggled(state: SearchState, key: (typeof LIST_FILTERS)[number], value: string): Partial<SearchState> {
  const current = state[key]
  return { [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] }
}
