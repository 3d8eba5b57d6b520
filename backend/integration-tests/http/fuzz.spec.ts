import { expect, it } from "vitest"
import { agentHeaders, bearer, operatorHeaders, platformStoreHeaders } from "../helpers/actors"
import { createAssociation, moderatorHeaders } from "../helpers/associations"
import { communePayload } from "../helpers/communes"
import { fillPath, HOSTILE_BODIES, HOSTILE_PATH_VALUES, HOSTILE_QUERIES, type OwnIds } from "../helpers/fuzz-inputs"
import { rawRequest } from "../helpers/raw-http"
import { routeTree, type RouteFile } from "../helpers/route-tree"
import { backendIntegrationSuite } from "../helpers/runner"
import { sellerPayload } from "../helpers/sellers"
import { tableDigests } from "../helpers/table-digest"
import { merchantHeaders } from "../helpers/actors"

type Headers = Record<string, string>

/**
 * Tables that a request may write without anyone asking it to: Medusa's record of the workflows it ran
 * (kept also for failed ones), the search module's bookkeeping, refreshed in the background, and a partner
 * key's usage, which counts every request the key makes, refused or not (that is what its rate limit reads).
 */
const BOOKKEEPING = ["workflow_execution", "search_index", "search_index_version", "territory_key_usage"]

backendIntegrationSuite(({ api, getContainer }) => {
  it("answers thousands of hostile requests to every route of ours with a 4xx, never a 5xx, and writes nothing", async () => {
    const container = getContainer()
    const operator = await operatorHeaders(container, api)
    const store = await platformStoreHeaders(container)
    const commune = (await api.post("/admin/communes", communePayload({ latitude: 50.63, longitude: 3.06 }), operator)).data.commune
    const seller = (await api.post("/admin/sellers", sellerPayload(commune.id), operator)).data.seller
    for (const status of ["pending", "open"]) {
      await api.post(`/admin/sellers/${seller.id}/status`, { status }, operator)
    }
    const merchant = await merchantHeaders(api, operator, seller.id, "fuzz@commerce.test")
    const product = (await api.post(`/vendor/sellers/${seller.id}/products`, { title: "Pain", price: 2, quantity: 5 }, merchant)).data.product
    await api.post(`/vendor/sellers/${seller.id}`, { description: "Une proposition à modérer" }, merchant)
    const associationId = await createAssociation(api, operator, [commune.id], "pre")
    const moderator = await moderatorHeaders(api, operator, associationId, "fuzz@union.test")
    const agent = await agentHeaders(api, operator, commune.id, "fuzz@commune.test")
    const caseId = (await api.get("/association/cases", agent)).data.cases[0]?.id
    const partner = (await api.post("/admin/partner-keys", { name: "Partenaire fuzz", commune_ids: [commune.id] }, operator)).data
    const region = (await api.get("/store/regions", store)).data.regions[0]
    const cart = region ? (await api.post("/store/carts", { region_id: region.id }, store)).data.cart : undefined
    const customerToken = await (async () => {
      const email = "fuzz@client.test"
      const { data } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-client" })
      await api.post("/store/customers", { email }, { headers: { ...store.headers, authorization: `Bearer ${data.token}` } })
      return (await api.post("/auth/customer/emailpass", { email, password: "secret-client" })).data.token as string
    })()

    const actorHeaders = (path: string): Headers => {
      if (path.startsWith("/admin/")) return operator.headers
      if (path.startsWith("/vendor/")) return merchant.headers
      if (path.startsWith("/association/")) return moderator.headers
      if (path.startsWith("/commune/")) return agent.headers
      if (path.startsWith("/store/")) return { ...store.headers, ...bearer(customerToken).headers }
      if (path.startsWith("/partner/")) return { "x-api-key": partner.partner_key.key }
      return {}
    }
    const idsFor = (path: string): OwnIds => {
      const id =
        /^\/(vendor|admin|association)\/sellers\/:id/.test(path) ? seller.id
        : /^\/(admin|commune)\/communes\/:id/.test(path) ? commune.id
        : /\/associations\/:id/.test(path) ? associationId
        : /\/cases\/:id/.test(path) ? caseId
        : /\/partner-keys\/:id/.test(path) ? partner.partner_key.id
        : /\/carts\/:id/.test(path) ? cart?.id
        : undefined
      return Object.fromEntries(
        Object.entries({
          id,
          product_id: product.id,
          slug: commune.slug,
          handle: seller.handle,
          resource: "establishments",
          code: "ABCDEF",
          seller_id: seller.id,
          association_id: associationId,
        }).filter(([, value]) => value !== undefined)
      ) as OwnIds
    }

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

    const before = await tableDigests(container, BOOKKEEPING)
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
})
