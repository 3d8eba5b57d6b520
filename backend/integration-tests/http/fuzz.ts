import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { expect, it } from "vitest"
import { operatorHeaders, platformStoreHeaders } from "../helpers/actors"
import { fillPath, HOSTILE_BODIES, HOSTILE_PATH_VALUES, HOSTILE_QUERIES, type OwnIds } from "../helpers/fuzz-inputs"
import { rawRequest } from "../helpers/raw-http"
import { routeTree, type RouteFile } from "../helpers/route-tree"
import { party, partyIds } from "../helpers/parties"
import { settledTableDigests, tableDigests } from "../helpers/table-digest"

type Headers = Record<string, string>

/**
 * Tables that a request may write without anyone asking it to: Medusa's record of the workflows it ran
 * (kept also for failed ones), the search module's bookkeeping, refreshed in the background, and a partner
 * key's usage, which counts every request the key makes, refused or not (that is what its rate limit reads),
 * and the discovery lexicon, which a search rebuilds from the indexed texts when they changed since its last build.
 */
const BOOKKEEPING = ["workflow_execution", "search_index", "search_index_version", "territory_key_usage", "discovery_lexicon", "discovery_lexicon_build"]

export function fuzzTests({ api, getContainer }: MedusaSuiteOptions) {
  it("answers thousands of hostile requests to every route of ours with a 4xx, never a 5xx, and writes nothing", async () => {
    const container = getContainer()
    const operator = await operatorHeaders(container, api)
    const store = await platformStoreHeaders(container)
    // Everything the actors own, so that hostile queries and bodies reach past the ownership checks.
    const own = await party(api, container, operator, store, "fuzz")
    const actorHeaders = (path: string): Headers => {
      if (path.startsWith("/admin/")) return operator.headers
      if (path.startsWith("/vendor/")) return own.merchant.headers
      if (path.startsWith("/association/")) return own.moderator.headers
      if (path.startsWith("/commune/")) return own.agent.headers
      if (path.startsWith("/store/")) return { ...store.headers, ...own.customer.headers }
      if (path.startsWith("/partner/")) return { "x-api-key": own.partnerKey.key }
      return {}
    }
    const idsFor = (path: string): OwnIds => partyIds(path, own)

    type Probe = { method: string; path: string; headers: Headers; body?: string }
    const probes: Probe[] = []
    const routes: RouteFile[] = routeTree()
    for (const route of routes) {
      const ids = idsFor(route.path)
      for (const method of route.methods) {
        const headers = actorHeaders(route.path)
        const reads = method === "GET"
        for (const param of route.params) {
          for (const value of HOSTILE_PATH_VALUES) {
            const body = reads ? undefined : "{}"
            probes.push({ method, path: fillPath(route.path, ids, { param, value }), headers: { ...headers, "content-type": "application/json" }, body })
          }
        }
        if (reads || method === "DELETE") {
          for (const query of HOSTILE_QUERIES) {
            probes.push({ method, path: `${fillPath(route.path, ids)}?${query}`, headers })
          }
        } else {
          for (const { contentType, body } of HOSTILE_BODIES) {
            probes.push({ method, path: fillPath(route.path, ids), headers: { ...headers, "content-type": contentType }, body })
          }
          probes.push({ method, path: `${fillPath(route.path, ids)}?q=%00`, headers: { ...headers, "content-type": "application/json" }, body: "[]" })
        }
      }
    }

    const before = await settledTableDigests(container, BOOKKEEPING)
    const outcomes: { method: string; path: string; status: number; message?: string }[] = []
    for (const probe of probes) {
      const response = await rawRequest(api.defaults.baseURL, probe.method, probe.path, { headers: probe.headers, body: probe.body }).catch(
        (error: Error) => ({ status: 0, body: JSON.stringify({ message: `no answer: ${error.message}` }) })
      )
      let message: string | undefined
      try {
        message = JSON.parse(response.body).message
      } catch {
        message = undefined
      }
      outcomes.push({ method: probe.method, path: probe.path.slice(0, 160), status: response.status, message })
    }
    const after = await tableDigests(container, BOOKKEEPING)

    console.info(`Fuzz: ${outcomes.length} requests over ${routes.length} route files`)
    expect(outcomes.length).toBeGreaterThanOrEqual(3_000)
    expect(outcomes.filter((o) => o.status >= 500 || o.status === 0)).toEqual([])
    // A hostile write is refused: none of the writing probes may succeed.
    expect(outcomes.filter((o) => o.method !== "GET" && o.status < 400)).toEqual([])
    const changed = Object.keys(after).filter((table) => after[table] !== before[table])
    expect(changed).toEqual([])
  })
}
