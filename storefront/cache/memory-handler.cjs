// Next.js's cache of pages and fetched data, kept in this process's memory only (next.config's cacheHandler).
//
// Next.js's default handler also writes every page it renders under .next/ and reads it back at the next
// start. Those files outlive the data they were made from: after the demo's database is seeded anew, or
// after the backend changed the catalogue while this storefront was down (its revalidation pushes are best
// effort), the first visitor would get a page naming products that no longer exist. A storefront that
// starts empty can only show what the backend says now. Several storefront processes would share a
// network cache instead (Redis); one process is what the demo and the tests run.

const TAGS_HEADER = "x-next-cache-tags"

/** Bytes an entry holds, roughly: what a memory budget needs, not an exact count. */
function approximateSize(value) {
  if (!value) return 64
  if (value.kind === "FETCH") return JSON.stringify(value.data ?? null).length + 256
  let size = 1024 + (value.html?.length ?? 0) + (value.rscData?.length ?? 0) + (value.body?.length ?? 0)
  for (const segment of value.segmentData?.values?.() ?? []) size += segment.length
  return size
}

/** The tags a stored page or route answer was rendered with (fetched data's tags come with each read). */
function storedTags(value) {
  const header = value?.headers?.[TAGS_HEADER]
  return typeof header === "string" && header ? header.split(",") : []
}

/** What the process holds, shared by every handler: Next.js makes a handler for each request. */
function createStore() {
  return {
    used: 0,
    /** key → { value, lastModified, size }, least recently read first */
    entries: new Map(),
    /** tag → when the backend last said its data changed */
    revalidatedAt: new Map(),
  }
}
const processStore = createStore()

module.exports = class MemoryCacheHandler {
  /**
   * @param {{ maxMemoryCacheSize?: number }} [options] next.config's cacheMaxMemorySize, in bytes
   * @param {ReturnType<typeof createStore>} [store] the process's unless given (a test's own)
   */
  constructor(options = {}, store = processStore) {
    this.budget = options.maxMemoryCacheSize || 64 * 1024 * 1024
    this.store = store
  }

  static createStore = createStore

  async get(key, ctx = {}) {
    const entry = this.store.entries.get(key)
    if (!entry) return null
    const tags = entry.value?.kind === "FETCH" ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : storedTags(entry.value)
    // Made before a change to one of its tags: a miss, so that the next render reads the new data.
    if (tags.some((tag) => (this.store.revalidatedAt.get(tag) ?? -Infinity) >= entry.lastModified)) {
      this.delete(key)
      return null
    }
    this.store.entries.delete(key)
    this.store.entries.set(key, entry)
    return { value: entry.value, lastModified: entry.lastModified }
  }

  async set(key, value) {
    this.delete(key)
    if (!value) return
    const size = approximateSize(value)
    if (size > this.budget) return
    this.store.entries.set(key, { value, lastModified: Date.now(), size })
    this.store.used += size
    for (const [oldest] of this.store.entries) {
      if (this.store.used <= this.budget) break
      this.delete(oldest)
    }
  }

  async revalidateTag(tags) {
    const now = Date.now()
    for (const tag of [tags].flat()) this.store.revalidatedAt.set(tag, now)
  }

  resetRequestCache() {}

  delete(key) {
    const entry = this.store.entries.get(key)
    if (entry) {
      this.store.used -= entry.size
      this.store.entries.delete(key)
    }
  }
}
