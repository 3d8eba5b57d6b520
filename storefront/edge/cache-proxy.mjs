// The storefront's shared cache: a small reverse proxy in front of `next start`, as a CDN would be in
// production. Next.js marks public pages `s-maxage` and per-visitor ones `private, no-store`; this keeps
// the former in memory and answers them without waking Next.js, and drops everything when the backend's
// revalidation call (POST /api/revalidate, which passes through it) succeeds. Everything else is piped.
//   node storefront/edge/cache-proxy.mjs   (PORT, STOREFRONT_UPSTREAM, EDGE_CACHE_MB)
import { Agent, createServer, request } from "node:http"
import { pathToFileURL } from "node:url"
import { isDocumentRequest, isPurge, isStorable, sharedFreshness, variantKey, varyNames } from "./cache-rules.mjs"

/** Hop-by-hop headers are the connection's, not the response's: never stored nor replayed. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "te", "trailer"])
/** A page larger than this is piped but not kept. */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024

export function startCacheProxy({ port, upstream, maxBytes = 64 * 1024 * 1024, log = () => {} }) {
  const target = new URL(upstream)
  const agent = new Agent({ keepAlive: true, maxSockets: 128 })
  /** url → { names, variants: Map<key, { status, headers, body, expires }> }; Map order is age order. */
  const pages = new Map()
  let bytes = 0

  const drop = (url) => {
    const page = pages.get(url)
    page?.variants.forEach((v) => (bytes -= v.body.length))
    pages.delete(url)
  }
  const store = (url, names, key, entry) => {
    const page = pages.get(url)
    const same = page && page.names.join() === names.join()
    if (!same) drop(url)
    const variants = same ? page.variants : new Map()
    bytes -= variants.get(key)?.body.length ?? 0
    variants.set(key, entry)
    bytes += entry.body.length
    pages.delete(url) // re-inserted as the newest
    pages.set(url, { names, variants })
    for (const oldest of pages.keys()) {
      if (bytes <= maxBytes) break
      drop(oldest)
    }
  }
  const lookup = (req) => {
    const page = pages.get(req.url)
    const entry = page?.variants.get(variantKey(req.url, req.headers, page.names))
    return entry && entry.expires > Date.now() ? entry : null
  }

  const server = createServer((req, res) => {
    const document = isDocumentRequest(req.url, req.headers)
    const cached = document && (req.method === "GET" || req.method === "HEAD") ? lookup(req) : null
    if (cached) {
      res.writeHead(cached.status, { ...cached.headers, "x-edge-cache": "HIT" })
      res.end(req.method === "HEAD" ? undefined : cached.body)
      return
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !HOP_BY_HOP.has(name)))
    const forwarded = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent },
      (upstreamRes) => {
        const kept = Object.fromEntries(Object.entries(upstreamRes.headers).filter(([name]) => !HOP_BY_HOP.has(name)))
        const names = varyNames(upstreamRes.headers.vary)
        const storable = document && names !== null && isStorable(req.method, upstreamRes.statusCode, upstreamRes.headers)
        res.writeHead(upstreamRes.statusCode ?? 502, { ...kept, "x-edge-cache": storable ? "MISS" : "BYPASS" })
        const chunks = []
        let size = 0
        upstreamRes.on("data", (chunk) => {
          if (storable && size <= MAX_ENTRY_BYTES) chunks.push(chunk)
          size += chunk.length
          res.write(chunk)
        })
        upstreamRes.on("end", () => {
          res.end()
          if (isPurge(req.method, req.url.split("?")[0], upstreamRes.statusCode)) {
            pages.clear()
            bytes = 0
            log("pages en cache effacées (revalidation du backend)")
          } else if (storable && size <= MAX_ENTRY_BYTES) {
            const expires = Date.now() + sharedFreshness(upstreamRes.headers["cache-control"]) * 1000
            store(req.url, names, variantKey(req.url, req.headers, names), { status: upstreamRes.statusCode, headers: kept, body: Buffer.concat(chunks), expires })
          }
        })
        upstreamRes.on("error", () => res.destroy())
      }
    )
    forwarded.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain; charset=utf-8" })
      res.end("La vitrine ne répond pas.")
    })
    req.pipe(forwarded)
  })
  return new Promise((resolve) => server.listen(port, () => resolve(server)))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.env.PORT ?? 8000)
  const upstream = process.env.STOREFRONT_UPSTREAM ?? "http://localhost:8001"
  const maxBytes = Number(process.env.EDGE_CACHE_MB ?? 64) * 1024 * 1024
  await startCacheProxy({ port, upstream, maxBytes, log: (line) => console.log(line) })
  console.log(`Cache partagé de la vitrine sur http://localhost:${port} (devant ${upstream})`)
}
