import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { describe, expect, it } from "vitest"
import { loadFigures, loadTest } from "./load.mjs"

describe("load figures", () => {
  it("gives requests per second over the elapsed time and exact percentiles", () => {
    const latencies = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(loadFigures(latencies, 4)).toEqual({ requests: 100, rps: 25, p50: 50.5, p95: 95.05 })
  })

  it("keeps every client busy for the given time and counts refused answers", async () => {
    let served = 0
    const server = createServer((req, res) => {
      served += 1
      res.writeHead(req.url === "/missing" ? 404 : 200).end("ok")
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const { port } = server.address() as AddressInfo
    try {
      const ok = await loadTest(`http://127.0.0.1:${port}/`, { clients: 4, seconds: 0.3 })
      expect(ok.requests).toBe(served)
      expect(ok.requests).toBeGreaterThan(4)
      expect(ok.failures).toBe(0)
      const missing = await loadTest(`http://127.0.0.1:${port}/missing`, { clients: 2, seconds: 0.2 })
      expect(missing.failures).toBe(missing.requests)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
