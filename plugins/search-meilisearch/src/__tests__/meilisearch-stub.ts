import http from "node:http"
import type { AddressInfo } from "node:net"

export type RecordedRequest = { method: string; path: string; query: URLSearchParams; body: unknown; authorization?: string }

/**
 * A stand-in for a Meilisearch server, which cannot run on our machines. It
 * records every request and answers with the shapes of Meilisearch's
 * documented API (summarized tasks with 202, tasks, multi-search results,
 * stats), so that the provider's HTTP calls can be checked request by request.
 * It does not search: relevance is checked by the contract suite on a real server.
 */
export async function startMeilisearchStub(options: { failTask?: (path: string) => boolean } = {}) {
  const requests: RecordedRequest[] = []
  const indexes = new Map<string, number>()
  const tasks = new Map<number, { indexUid: string | null; failed: boolean; type: string }>()
  let nextTask = 0

  const enqueue = (res: http.ServerResponse, indexUid: string | null, type: string, path: string) => {
    const uid = nextTask++
    tasks.set(uid, { indexUid, type, failed: options.failTask?.(path) ?? false })
    res.writeHead(202, { "content-type": "application/json" })
    res.end(JSON.stringify({ taskUid: uid, indexUid, status: "enqueued", type, enqueuedAt: new Date().toISOString() }))
  }
  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" })
    res.end(JSON.stringify(body))
  }

  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stub")
      const body = raw ? JSON.parse(raw) : undefined
      requests.push({ method: req.method ?? "", path: url.pathname, query: url.searchParams, body, authorization: req.headers.authorization })
      const parts = url.pathname.split("/").filter(Boolean)
      const route = `${req.method} /${parts.map((p, i) => (i === 1 && parts[0] !== "multi-search" ? ":id" : p)).join("/")}`
      switch (route) {
        case "GET /indexes/:id":
          return indexes.has(parts[1])
            ? json(res, 200, { uid: parts[1], primaryKey: "id" })
            : json(res, 404, { message: `Index \`${parts[1]}\` not found.`, code: "index_not_found", type: "invalid_request", link: "https://docs.meilisearch.com/errors#index_not_found" })
        case "POST /indexes":
          indexes.set(body.uid, 0)
          return enqueue(res, body.uid, "indexCreation", url.pathname)
        case "PATCH /indexes/:id/settings":
          return enqueue(res, parts[1], "settingsUpdate", url.pathname)
        case "POST /indexes/:id/documents":
          indexes.set(parts[1], (indexes.get(parts[1]) ?? 0) + body.length)
          return enqueue(res, parts[1], "documentAdditionOrUpdate", url.pathname)
        case "POST /indexes/:id/documents/delete-batch":
        case "POST /indexes/:id/documents/delete":
        case "DELETE /indexes/:id/documents":
          return enqueue(res, parts[1], "documentDeletion", url.pathname)
        case "DELETE /indexes/:id":
          indexes.delete(parts[1])
          return enqueue(res, parts[1], "indexDeletion", url.pathname)
        case "GET /tasks/:id": {
          const task = tasks.get(Number(parts[1]))
          return json(res, 200, {
            uid: Number(parts[1]), indexUid: task?.indexUid ?? null, status: task?.failed ? "failed" : "succeeded", type: task?.type,
            error: task?.failed ? { message: "Document has no `id`.", code: "missing_document_id", type: "invalid_request", link: "" } : null,
            duration: "PT0.001S", enqueuedAt: new Date().toISOString(), startedAt: new Date().toISOString(), finishedAt: new Date().toISOString(),
          })
        }
        case "GET /stats":
          return json(res, 200, {
            databaseSize: 0, lastUpdate: null,
            indexes: Object.fromEntries([...indexes].map(([uid, n]) => [uid, { numberOfDocuments: n, isIndexing: false, fieldDistribution: {} }])),
          })
        case "POST /multi-search":
          return json(res, 200, {
            results: body.queries.map((q: { indexUid: string; limit: number; offset: number; q?: string }) => ({
              indexUid: q.indexUid, hits: q.limit ? [{ id: "sel_1", name: "Boulangerie", _rankingScore: 0.9 }] : [],
              query: q.q ?? "", processingTimeMs: 1, limit: q.limit, offset: q.offset, estimatedTotalHits: q.limit ? 1 : 4,
              facetDistribution: { commune: { lille: 1 } },
            })),
          })
        default:
          return json(res, 404, { message: `stub: no route for ${route}`, code: "stub_unknown_route" })
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
