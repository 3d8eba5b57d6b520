// A small closed-loop load generator: N clients, each sending its next request as soon as the previous
// answer is fully read, for a fixed time. Every latency is kept, so p50 and p95 are exact.
import { performance } from "node:perf_hooks"
import { summarize } from "./stats.mjs"

/** Requests/s, latency p50/p95 (ms) and failures of `clients` concurrent clients on `url` for `seconds`. */
export async function loadTest(url, { clients = 32, seconds = 15, headers = {} } = {}) {
  const latencies = []
  let failures = 0
  const started = performance.now()
  const deadline = started + seconds * 1000
  const client = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now()
      try {
        const response = await fetch(url, { headers, redirect: "manual" })
        await response.arrayBuffer()
        if (response.status >= 400) failures += 1
      } catch {
        failures += 1
      }
      latencies.push(performance.now() - sent)
    }
  }
  await Promise.all(Array.from({ length: clients }, client))
  const elapsed = (performance.now() - started) / 1000
  return { ...loadFigures(latencies, elapsed), failures }
}

/** The figures of a run: requests per second over the elapsed time, and the latencies' p50 and p95. */
export function loadFigures(latencies, elapsedSeconds) {
  const { p50, p95 } = summarize(latencies)
  return { requests: latencies.length, rps: latencies.length / elapsedSeconds, p50, p95 }
}
