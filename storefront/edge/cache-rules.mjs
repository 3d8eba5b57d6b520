// What the storefront's shared cache may keep, and for how long: the rules of a CDN in front of Next.js
// (RFC 9111), reduced to what Next.js sends. Pure functions, tested in cache-rules.unit.spec.ts.

/** Seconds a shared cache may serve the response without asking again, or 0 when it must not keep it. */
export function sharedFreshness(cacheControl) {
  const directives = new Map(
    String(cacheControl ?? "")
      .toLowerCase()
      .split(",")
      .map((d) => d.trim().split("="))
      .filter(([name]) => name)
      .map(([name, value]) => [name, value])
  )
  if (directives.has("private") || directives.has("no-store") || directives.has("no-cache")) return 0
  const seconds = Number(directives.get("s-maxage") ?? directives.get("max-age") ?? 0)
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0
}

/**
 * A response kept for everyone: a GET answered 200, fresh for a while, setting no cookie, and not a page
 * Next.js served stale while it renders the new one (after the backend's revalidation): that one is asked again.
 */
export function isStorable(method, status, headers) {
  const stale = String(headers["x-nextjs-cache"] ?? "").toUpperCase() === "STALE"
  return method === "GET" && status === 200 && !stale && !headers["set-cookie"] && sharedFreshness(headers["cache-control"]) > 0
}

/** The header names the response varies on (`Vary: RSC, Accept-Encoding`), lower-cased; null for `*`. */
export function varyNames(vary) {
  const names = String(vary ?? "")
    .split(",")
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean)
  return names.includes("*") ? null : names.sort()
}

/**
 * Only page documents are kept, not the RSC payloads of client-side navigations (`RSC: 1`, `?_rsc=`): those
 * go to Next.js's own cache, which knows when they are stale.
 */
export function isDocumentRequest(url, headers) {
  return !headers.rsc && !/[?&]_rsc=/.test(url)
}

/** The entry a request reads: its URL and the values of the headers the stored response varies on. */
export function variantKey(url, requestHeaders, names) {
  return [url, ...names.map((name) => `${name}=${requestHeaders[name] ?? ""}`)].join("\n")
}

/** The backend told the storefront to drop pages (a 2xx to POST /api/revalidate): the shared cache drops everything. */
export function isPurge(method, path, status) {
  return method === "POST" && path === "/api/revalidate" && status >= 200 && status < 300
}
