import { createServer, type IncomingHttpHeaders } from "node:http"
import { afterAll, beforeAll, expect, it } from "vitest"
import { eventually } from "../helpers/eventually"
import { backendIntegrationSuite } from "../helpers/runner"
import { shoppingStreet } from "../helpers/shop"

// A stand-in for the storefront's /api/revalidate, recording what the backend tells it.
const received: { url?: string; headers: IncomingHttpHeaders; body: unknown }[] = []
const storefront = createServer((req, res) => {
  let raw = ""
  req.on("data", (chunk) => (raw += chunk))
  req.on("end", () => {
    received.push({ url: req.url, headers: req.headers, body: JSON.parse(raw || "null") })
    res.writeHead(200, { "content-type": "application/json" }).end('{"revalidated":true}')
  })
})
// medusa-config.ts reads the storefront's address before any hook runs: a port fixed per process.
const port = 39_000 + (process.pid % 1_000)
beforeAll(() => new Promise<void>((resolve) => storefront.listen(port, "127.0.0.1", resolve)))
afterAll(() => new Promise<void>((resolve) => storefront.close(() => resolve())))

backendIntegrationSuite(
  ({ api, getContainer }) => {
    it("tells the storefront to drop its cached product pages when a merchant changes a price", async () => {
      const street = await shoppingStreet(api, getContainer())
      const bakery = await street.establishment("reservation", { price: 4.2 })
      received.length = 0
      await api.post(`/vendor/sellers/${bakery.sellerId}/products/${bakery.productId}`, { price: 4.4 }, bakery.merchant)
      const call = await eventually(async () => {
        const found = received.find((r) => JSON.stringify(r.body).includes("products"))
        expect(found).toBeDefined()
        return found!
      })
      expect(call.url).toBe("/api/revalidate")
      expect(call.headers["x-revalidate-secret"]).toBe("secret-for-this-test")
      expect(call.body).toEqual({ tags: ["products"] })
    })
  },
  { STOREFRONT_URL: `http://127.0.0.1:${port}`, REVALIDATE_SECRET: "secret-for-this-test" }
)
