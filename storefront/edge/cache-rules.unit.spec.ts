import { describe, expect, it } from "vitest"
import { isPurge, isStorable, sharedFreshness, variantKey, varyNames } from "./cache-rules.mjs"

describe("shared cache rules", () => {
  it("keeps what Next.js marks for shared caches, for s-maxage seconds", () => {
    expect(sharedFreshness("s-maxage=60, stale-while-revalidate=31535940")).toBe(60)
    expect(sharedFreshness("public, max-age=30")).toBe(30)
    expect(sharedFreshness("private, no-cache, no-store, max-age=0, must-revalidate")).toBe(0)
    expect(sharedFreshness("s-maxage=abc")).toBe(0)
    expect(sharedFreshness(undefined)).toBe(0)
  })

  it("never keeps a page per visitor, an error, a cookie or anything but a GET", () => {
    const cached = { "cache-control": "s-maxage=60" }
    expect(isStorable("GET", 200, cached)).toBe(true)
    expect(isStorable("POST", 200, cached)).toBe(false)
    expect(isStorable("GET", 404, cached)).toBe(false)
    expect(isStorable("GET", 200, { ...cached, "set-cookie": ["a=b"] })).toBe(false)
    expect(isStorable("GET", 200, { "cache-control": "private, no-store" })).toBe(false)
    // Served stale by Next.js while it renders the fresh page: the next visitor must get the fresh one.
    expect(isStorable("GET", 200, { ...cached, "x-nextjs-cache": "STALE" })).toBe(false)
    expect(isStorable("GET", 200, { ...cached, "x-nextjs-cache": "HIT" })).toBe(true)
  })

  it("keeps one entry per variant a response declares (RSC payload, compression)", () => {
    expect(varyNames("RSC, Next-Router-State-Tree, Accept-Encoding")).toEqual(["accept-encoding", "next-router-state-tree", "rsc"])
    expect(varyNames("*")).toBeNull()
    const names = varyNames("RSC, Accept-Encoding")!
    const html = variantKey("/lille", { "accept-encoding": "gzip" }, names)
    const rsc = variantKey("/lille", { "accept-encoding": "gzip", rsc: "1" }, names)
    expect(html).not.toBe(rsc)
    expect(variantKey("/lille", { "accept-encoding": "gzip", cookie: "x" }, names)).toBe(html)
  })

  it("drops everything when the backend's revalidation went through", () => {
    expect(isPurge("POST", "/api/revalidate", 200)).toBe(true)
    expect(isPurge("POST", "/api/revalidate", 401)).toBe(false)
    expect(isPurge("GET", "/api/revalidate", 200)).toBe(false)
  })
})
