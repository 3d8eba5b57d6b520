import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startCacheProxy } from "./cache-proxy.mjs"

/** A stand-in for `next start` answering as Next.js does: public pages `s-maxage`, the cart `private`. */
let renders = 0
const upstream = createServer((req, res) => {
  if (req.method === "POST" && req.url === "/api/revalidate") return void res.writeHead(200).end("{}")
  renders += 1
  if (req.url === "/panier") return void res.writeHead(200, { "cache-control": "private, no-store" }).end(`panier ${renders}`)
  const rsc = req.headers.rsc === "1"
  res.writeHead(200, { "cache-control": req.url === "/bref" ? "s-maxage=1" : "s-maxage=60", vary: "RSC, Accept-Encoding", "content-type": rsc ? "text/x-component" : "text/html" })
  res.end(`${rsc ? "rsc" : "html"} ${req.url} ${renders}`)
})
let proxy: Server
const base = () => `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base()}${path}`, { headers })
  return { cache: res.headers.get("x-edge-cache"), body: await res.text() }
}

beforeAll(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve))
  proxy = await startCacheProxy({ port: 0, upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}` })
})
afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve))
  await new Promise((resolve) => upstream.close(resolve))
})

describe("the storefront's shared cache (a real proxy in front of a stand-in for next start)", () => {
  it("answers a public page from memory after the first visit, never an RSC payload", async () => {
    const first = await get("/lille")
    expect(first.cache).toBe("MISS")
    expect(await get("/lille")).toEqual({ cache: "HIT", body: first.body })
    // Client-side navigations' RSC payloads are left to Next.js's own cache.
    const rsc = await get("/lille", { rsc: "1" })
    expect(rsc.body).toMatch(/^rsc \/lille/)
    expect((await get("/lille", { rsc: "1" })).cache).toBe("BYPASS")
    expect((await get("/lille")).body).toBe(first.body)
  })

  it("never keeps a page per visitor", async () => {
    const one = await get("/panier")
    const two = await get("/panier")
    expect([one.cache, two.cache]).toEqual(["BYPASS", "BYPASS"])
    expect(one.body).not.toBe(two.body)
  })

  it("drops everything when the backend's revalidation goes through, and asks again once a page is stale", async () => {
    await get("/roubaix")
    expect((await get("/roubaix")).cache).toBe("HIT")
    expect((await fetch(`${base()}/api/revalidate`, { method: "POST", body: "{}" })).status).toBe(200)
    expect((await get("/roubaix")).cache).toBe("MISS")

    await get("/bref")
    expect((await get("/bref")).cache).toBe("HIT")
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect((await get("/bref")).cache).toBe("MISS")
  })
})
