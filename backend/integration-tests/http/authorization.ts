import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { describe, expect, it } from "vitest"
import { ACCESS, type Access } from "../access-matrix"
import { operatorHeaders, platformStoreHeaders } from "../helpers/actors"
import { fillPath } from "../helpers/fuzz-inputs"
import { party, partyIds, type Party } from "../helpers/parties"
import { rawRequest } from "../helpers/raw-http"
import { routeTree } from "../helpers/route-tree"
import { passwordResetTests } from "../suites/password-reset"
import { settledTableDigests, tableDigests } from "../helpers/table-digest"

type Actor = "anonymous" | "customer" | "merchant" | "moderator" | "agent" | "operator"
const ACTORS: Actor[] = ["anonymous", "customer", "merchant", "moderator", "agent", "operator"]

/** The actors an access lets in (each within its own scope). */
const ALLOWED: Record<Access, Actor[]> = {
  public: ACTORS,
  holder: ACTORS,
  customer: ["customer"],
  merchant: ["merchant"],
  overseer: ["moderator", "agent", "operator"],
  moderator: ["moderator"],
  agent: ["agent"],
  operator: ["operator"],
  partner: [],
  webhook: [],
  "invitee:merchant": ["merchant"],
  "invitee:moderator": ["moderator"],
  "invitee:agent": ["agent"],
}

/** Tables a refused request may still touch: Medusa's record of workflow runs and the search bookkeeping. */
const BOOKKEEPING = ["workflow_execution", "search_index", "search_index_version"]

export function authorizationTests({ api, getContainer }: MedusaSuiteOptions) {
  it("lists every route with its access, and holds it for every actor on another party's objects", async () => {
    const routes = routeTree()
    const unlisted = routes.flatMap((r) => r.methods.map((m) => `${m} ${r.path}`)).filter((key) => !(key in ACCESS))
    const stale = Object.keys(ACCESS).filter((key) => !routes.some((r) => r.methods.some((m) => `${m} ${r.path}` === key)))
    // A new route must say who may call it; a removed one leaves the list.
    expect(unlisted).toEqual([])
    expect(stale).toEqual([])

    const container = getContainer()
    const operator = await operatorHeaders(container, api)
    const store = await platformStoreHeaders(container)
    const mine: Party = await party(api, container, operator, store, "alice")
    const theirs: Party = await party(api, container, operator, store, "bruno")
    const headersOf = (actor: Actor, path: string): Record<string, string> => {
      const storeKey = path.startsWith("/store/") ? store.headers : {}
      const token = {
        anonymous: {},
        customer: mine.customer.headers,
        merchant: mine.merchant.headers,
        moderator: mine.moderator.headers,
        agent: mine.agent.headers,
        operator: operator.headers,
      }[actor]
      return { ...storeKey, ...token, "content-type": "application/json" }
    }

    const before = await settledTableDigests(container, BOOKKEEPING)
    const wrong: string[] = []
    let requests = 0
    for (const route of routes) {
      for (const method of route.methods) {
        const access = ACCESS[`${method} ${route.path}`]
        // Another party's objects; for a merchant's nested routes also its own establishment holding another's object.
        // An id is the key to a cart or an order group, and public writes act on what they name: those get ids nobody holds.
        const unknown = (access === "holder" || access === "public") && method !== "GET"
        const paths = [unknown ? fillPath(route.path, {}) : fillPath(route.path, partyIds(route.path, theirs))]
        if (route.params.length > 1 && route.path.startsWith("/vendor/sellers/:id")) {
          paths.push(fillPath(route.path, { ...partyIds(route.path, theirs), id: mine.seller.id }))
        }
        for (const actor of ACTORS) {
          const allowed = ALLOWED[access].includes(actor)
          const scoped = ["merchant", "overseer", "moderator", "agent", "partner"].includes(access) && route.params.length > 0
          // The operator sees every party by design, and a route without ids acts on the caller's own things
          // (a shopper deleting their account): their writes are not tried, their reads must be let in.
          if (allowed && method !== "GET" && (actor === "operator" || !scoped) && access !== "public" && access !== "holder") continue
          for (const path of paths) {
            const body = method === "GET" ? undefined : "{}"
            const { status } = await rawRequest(api.defaults.baseURL, method, path, { headers: headersOf(actor, path), body })
            requests++
            const verdict =
              status >= 500 ? "5xx"
              : !allowed && access !== "public" && access !== "holder" ? (status === 401 || (access === "webhook" && status === 400) ? "ok" : "should be 401")
              : allowed && (status === 401 || status === 403) ? "should be let in"
              : allowed && scoped && actor !== "operator" ? (status === 404 || (method !== "GET" && status === 400) ? "ok" : "should be 404 (another party's)")
              : status >= 200 && status < 300 && method !== "GET" && access !== "public" && access !== "holder" ? "wrote"
              : "ok"
            if (verdict !== "ok") {
              wrong.push(`${actor} ${method} ${path} → ${status} (${access}: ${verdict})`)
            }
          }
        }
      }
    }
    console.info(`Authorization: ${requests} requests, ${routes.length} route files × ${ACTORS.length} actors`)
    expect(wrong).toEqual([])
    // Nothing another party owns was changed by all these attempts.
    const after = await tableDigests(container, BOOKKEEPING)
    expect(Object.keys(after).filter((table) => after[table] !== before[table])).toEqual([])
  })

  describe("password resets", () => passwordResetTests({ api, getContainer }))
}
