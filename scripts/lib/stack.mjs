// Several backend processes on one machine, as a metropole runs Enjoy: Medusa servers
// (WORKER_MODE=server) behind our round-robin proxy, and one worker (WORKER_MODE=worker) that alone
// runs subscribers and scheduled jobs, all sharing PostgreSQL and Redis (events, workflows, locks,
// cache). Used by `npm run stack`, its multi-process test and `npm run bench stack`.
import { randomBytes } from "node:crypto"
import net from "node:net"
import { serveBackend } from "./backend.mjs"
import { waitForHttp } from "./processes.mjs"
import { startRoundRobinProxy } from "./round-robin-proxy.mjs"

/** Whether a Redis server answers PING at `redisUrl`. */
export function redisAnswers(redisUrl) {
  const { hostname, port } = new URL(redisUrl)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1_000, () => done(false))
    socket.once("error", () => done(false))
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")))
  })
}

/**
 * Starts `serverPorts.length` servers and one worker on `databaseUrl` and `redisUrl`, then the proxy on
 * `proxyPort`. Every process gets the same secrets (a token signed by one server is read by the other)
 * and `env` (SMTP, S3…). Resolves once every process answers /health; `stop` is left to stopAll().
 */
export async function startBackendProcesses({ databaseUrl, redisUrl, serverPorts, workerPort, proxyPort, env = {} }) {
  const shared = {
    REDIS_URL: redisUrl,
    JWT_SECRET: randomBytes(24).toString("hex"),
    COOKIE_SECRET: randomBytes(24).toString("hex"),
    ...env,
  }
  const serverProcesses = serverPorts.map((port, index) =>
    serveBackend(`serveur ${index + 1}`, { databaseUrl, port, env: { ...shared, WORKER_MODE: "server" } })
  )
  const workerProcess = serveBackend("worker", { databaseUrl, port: workerPort, env: { ...shared, WORKER_MODE: "worker" } })
  const servers = serverPorts.map((port) => `http://localhost:${port}`)
  const worker = `http://localhost:${workerPort}`
  await Promise.all([...servers, worker].map((url) => waitForHttp(`${url}/health`)))
  const proxy = await startRoundRobinProxy(proxyPort, servers.map((url) => url.replace("localhost", "127.0.0.1")))
  // The processes' ids, for measuring what each one's share of the work costs (bench stack).
  const pids = { servers: serverProcesses.map((child) => child.pid), worker: workerProcess.pid }
  return { servers, worker, proxy, pids }
}

/** Polls a server's /ready until it says ready, or `timeoutMs` passes; returns its last report either way. */
export async function waitForReadiness(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const report = await fetch(url)
      .then((res) => res.json())
      .catch((error) => ({ status: "degraded", checks: { backend: { status: "degraded", detail: error.message } } }))
    if (report.status === "ready" || Date.now() > deadline) return report
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
}
