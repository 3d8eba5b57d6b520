import { createRequire } from "node:module"
import { describe, expect, it, vi } from "vitest"

const MemoryCacheHandler = createRequire(import.meta.url)("./memory-handler.cjs")

const page = (html: string, tags: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(html), headers: { "x-next-cache-tags": tags }, status: 200 })
const data = (body: string) => ({ kind: "FETCH", data: { headers: {}, body, status: 200, url: "/store/sellers" }, revalidate: 60 })

describe("the storefront's in-memory page cache", () => {
  it("starts empty and gives back what it was given, dated", async () => {
    const cache = new MemoryCacheHandler({}, MemoryCacheHandler.createStore())
    expect(await cache.get("/fr/lille")).toBeNull()
    await cache.set("/fr/lille", page("<h1>Lille</h1>", "communes"))
    const hit = await cache.get("/fr/lille")
    expect(hit.value.html).toBe("<h1>Lille</h1>")
    expect(hit.lastModified).toBeLessThanOrEqual(Date.now())
  })

  it("is one cache for the process, though Next.js makes a handler for each request", async () => {
    const store = MemoryCacheHandler.createStore()
    await new MemoryCacheHandler({}, store).set("/fr/roubaix", page("Roubaix", "communes"))
    expect((await new MemoryCacheHandler({}, store).get("/fr/roubaix")).value.html).toBe("Roubaix")
    await new MemoryCacheHandler({}, store).revalidateTag("communes")
    expect(await new MemoryCacheHandler({}, store).get("/fr/roubaix")).toBeNull()
    // Without a store of its own, a handler uses the process's.
    await new MemoryCacheHandler().set("/fr/tourcoing", page("Tourcoing", ""))
    expect(await new MemoryCacheHandler().get("/fr/tourcoing")).not.toBeNull()
  })

  it("misses a page or data stored before a change to one of its tags, and only those", async () => {
    vi.useFakeTimers({ now: 1_000 })
    try {
      const cache = new MemoryCacheHandler({}, MemoryCacheHandler.createStore())
      await cache.set("vitrine", page("4,20 €", "sellers,products,_N_T_/fr/lille"))
      await cache.set("portal", page("Lille", "communes"))
      await cache.set("seller-data", data("4,20"))
      vi.setSystemTime(2_000)
      await cache.revalidateTag(["products"])
      expect(await cache.get("vitrine")).toBeNull()
      expect(await cache.get("portal")).not.toBeNull()
      // Fetched data carries its tags in each read, not in the entry.
      expect(await cache.get("seller-data", { kind: "FETCH", tags: ["sellers", "products"], softTags: [] })).toBeNull()
      // What is stored after the change is fresh again.
      vi.setSystemTime(3_000)
      await cache.set("vitrine", page("4,40 €", "sellers,products"))
      expect((await cache.get("vitrine")).value.html).toBe("4,40 €")
      await cache.revalidateTag("communes")
      expect(await cache.get("portal")).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })

  it("keeps within its memory budget by dropping the entries read least recently", async () => {
    const cache = new MemoryCacheHandler({ maxMemoryCacheSize: 10_000 }, MemoryCacheHandler.createStore())
    await cache.set("a", page("x".repeat(1_500), ""))
    await cache.set("b", page("x".repeat(1_500), ""))
    await cache.get("a")
    await cache.set("c", page("x".repeat(1_500), ""))
    expect(await cache.get("b")).toBeNull()
    expect(await cache.get("a")).not.toBeNull()
    expect(await cache.get("c")).not.toBeNull()
    // Larger than the whole budget: never stored, nothing else evicted for it.
    await cache.set("huge", page("x".repeat(20_000), ""))
    expect(await cache.get("huge")).toBeNull()
    expect(await cache.get("a")).not.toBeNull()
  })
})
