import { createServer, type IncomingHttpHeaders } from "node:http"
import { setTimeout as sleep } from "node:timers/promises"
import { afterAll, beforeAll, expect, it } from "vitest"
import { eventually } from "../helpers/eventually"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { REVALIDATE_SECRET, STOREFRONT_STAND_IN_PORT } from "../setup/environment"
import { shoppingStreet } from "../helpers/shop"

// A stand-in for the storefront's /api/revalidate, recording what the backend tells it.
const received: { url?: string; headers: IncomingHttpHeaders; body: unknown; at: number }[] = []
const storefront = createServer((req, res) => {
  let raw = ""
  req.on("data", (chunk) => (raw += chunk))
  req.on("end", () => {
    received.push({ url: req.url, headers: req.headers, body: JSON.parse(raw || "null"), at: Date.now() })
    res.writeHead(200, { "content-type": "application/json" }).end('{"revalidated":true}')
  })
})

/**
 * Waits until the pushes of earlier changes are over: each change is pushed again 2 s later
 * (SECOND_PUSH_AFTER_MS in the subscriber), so the setup's own pushes keep arriving for a while.
 */
async function afterEarlierPushes(quietMs = 3_000) {
  let count: number
  do {
    count = received.length
    await sleep(quietMs)
  } while (received.length !== count)
}

/** The storefront is told to drop cached pages when a merchant changes what they show. */
export function storefrontRevalidationTests({ api, getContainer }: Pick<MedusaSuiteOptions, "api" | "getContainer">) {
  // The backend's STOREFRONT_INTERNAL_URL points at this worker's port (setup/environment.ts).
  beforeAll(() => new Promise<void>((resolve) => storefront.listen(STOREFRONT_STAND_IN_PORT, "127.0.0.1", resolve)))
  afterAll(() => new Promise<void>((resolve) => storefront.close(() => resolve())))

  it("tells the storefront to drop its cached product pages when a merchant changes a price", async () => {
    const street = await shoppingStreet(api, getContainer())
    const bakery = await street.establishment("reservation", { price: 4.2 })
    // Creating the establishment pushed "sellers" and "products" itself: only the price change's pushes count.
    await afterEarlierPushes()
    received.length = 0
    await api.post(`/vendor/sellers/${bakery.sellerId}/products/${bakery.productId}`, { price: 4.4 }, bakery.merchant)
    const call = await eventually(async () => {
      const found = received.find((r) => JSON.stringify(r.body).includes("products"))
      expect(found).toBeDefined()
      return found!
    })
    expect(call.url).toBe("/api/revalidate")
    expect(call.headers["x-revalidate-secret"]).toBe(REVALIDATE_SECRET)
    expect(call.body).toEqual({ tags: ["products"] })

    // The same tags again once the renders that were under way at the change are over (see the subscriber);
    // one change emits several events, so the first pushes may be several.
    await eventually(async () => {
      const later = received.filter((r) => r.at - call.at >= 1_500 && JSON.stringify(r.body) === JSON.stringify(call.body))
      expect(later.length).toBeGreaterThanOrEqual(1)
    })
  })
}
