// A small closed-loop load generator: N clients, each sending its next request as soon as the previous
// answer is fully read, for a fixed time. Every latency is kept, so p50 and p95 are exact. Plain
// node:http with kept-alive sockets (not fetch, whose streams cost the measuring process several times
// more CPU per request): on a 2-core machine the generator shares the cores with the server it measures.
import { Agent, request } from "node:http"
import { performance } from "node:perf_hooks"
import { summarize } from "./stats.mjs"

/** One GET, its body read to the end; resolves with the status code. */
function get(url, agent, headers) {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      res.on("data", () => {})
      res.on("end", () => resolve(res.statusCode ?? 0))
      res.on("error", reject)
    })
    req.on("error", reject)
    req.end()
  })
}

/** Requests/s, latency p50/p95 (ms) and failures of `clients` concurrent clients on `url` for `seconds`. */
export async function loadTest(url, { clients = 32, seconds = 15, headers = {} } = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients })
  try {
    return await closedLoop({ clients, seconds }, async () => (await get(url, agent, headers)) < 400)
  } finally {
    agent.destroy()
  }
}

/**
 * `clients` concurrent loops of `attempt` (resolving true when it succeeded) for `seconds`: attempts/s,
 * latency p50/p95 (ms) of each attempt, and failures (false, or thrown).
 */
export async function closedLoop({ clients, seconds }, attempt) {
  const latencies = []
  let failures = 0
  let firstError
  const started = performance.now()
  const deadline = started + seconds * 1000
  const client = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now()
      try {
        if (!(await attempt())) failures += 1
      } catch (error) {
        failures += 1
        firstError ??= error.message
      }
      latencies.push(performance.now() - sent)
    }
  }
  await Promise.all(Array.from({ length: clients }, client))
  const elapsed = (performance.now() - started) / 1000
  return { ...loadFigures(latencies, elapsed), failures, firstError }
}

/** The figures of a run: requests per second over the elapsed time, and the latencies' p50 and p95. */
export function loadFigures(latencies, elapsedSeconds) {
  const { p50, p95 } = summarize(latencies)
  return { requests: latencies.length, rps: latencies.length / elapsedSeconds, p50, p95 }
}
