// Next.js's cache turned off, for `npm run bench vitrine` only (STOREFRONT_CACHE=off): every page and every
// fetch misses, so the same build is measured with and without caching in one run. Never used otherwise.
module.exports = class UncachedHandler {
  async get() {
    return null
  }
  async set() {}
  async revalidateTag() {}
  resetRequestCache() {}
}
