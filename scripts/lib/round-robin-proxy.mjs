// A small HTTP load balancer for `npm run stack`: each request goes to the next Medusa server in turn,
// streamed both ways. A server that does not answer the connection is skipped for that request (the
// next one is tried, the body not being sent yet), so stopping one server never fails a request.
import http from "node:http"

/** Picks upstreams in turn; `next(skip)` avoids those that already failed this request. */
export function roundRobin(upstreams) {
  let turn = 0
  return (skip = new Set()) => {
    for (let i = 0; i < upstreams.length; i++) {
      const candidate = upstreams[turn++ % upstreams.length]
      if (!skip.has(candidate)) return candidate
    }
    return null
  }
}

/** Starts the proxy on 127.0.0.1:`port` in front of `upstreams` (`http://127.0.0.1:9000`…); resolves once listening. */
export function startRoundRobinProxy(port, upstreams) {
  const next = roundRobin(upstreams.map((u) => new URL(u)))
  // Connections to the servers are kept open between requests, as a production balancer does.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
  const server = http.createServer((req, res) => {
    const failed = new Set()
    const forward = () => {
      const target = next(failed)
      if (!target) {
        res.writeHead(502, { "content-type": "application/json; charset=utf-8" })
        res.end(JSON.stringify({ type: "unexpected_state", message: "Aucun serveur Enjoy ne répond pour le moment." }))
        return
      }
      const upstream = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          // The servers see who asked (rate limits per client address) and through which host.
          headers: { ...req.headers, "x-forwarded-for": req.socket.remoteAddress ?? "", "x-forwarded-host": req.headers.host ?? "" },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        }
      )
      upstream.on("error", (error) => {
        // Refused before anything was sent: another server takes the request. Later, the client sees the failure.
        if (!res.headersSent && error.code === "ECONNREFUSED" && !req.readableDidRead) {
          failed.add(target)
          return forward()
        }
        if (!res.headersSent) res.writeHead(502)
        res.end()
      })
      req.pipe(upstream)
    }
    forward()
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", () =>
      resolve({ url: `http://localhost:${port}`, close: () => new Promise((done) => { agent.destroy(); server.closeAllConnections(); server.close(() => done()) }) })
    )
  })
}
