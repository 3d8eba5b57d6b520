import { describe, expect, it } from "vitest"
import { runTaskGraph } from "./task-graph.mjs"

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe("runTaskGraph", () => {
  it("starts a task once its dependencies are done, never more than the concurrency at once", async () => {
    const log: string[] = []
    let running = 0
    let most = 0
    const task = (id: string, deps: string[] = []) => ({
      id,
      deps,
      run: async () => {
        running++
        most = Math.max(most, running)
        log.push(`start ${id}`)
        await tick()
        log.push(`end ${id}`)
        running--
      },
    })
    const failures = await runTaskGraph([task("kernel"), task("a", ["kernel"]), task("b", ["a"]), task("storefront"), task("check-a", ["a"])], 2)
    expect(failures).toEqual([])
    expect(most).toBe(2)
    expect(log.indexOf("start a")).toBeGreaterThan(log.indexOf("end kernel"))
    expect(log.indexOf("start b")).toBeGreaterThan(log.indexOf("end a"))
    expect(log.indexOf("start check-a")).toBeGreaterThan(log.indexOf("end a"))
    expect(log.filter((l) => l.startsWith("end"))).toHaveLength(5)
  })

  it("reports a failure and skips what depends on it, still running the rest", async () => {
    const ran: string[] = []
    const failures = await runTaskGraph([
      { id: "a", run: async () => { throw new Error("a broke") } },
      { id: "b", deps: ["a"], run: async () => void ran.push("b") },
      { id: "c", deps: ["b"], run: async () => void ran.push("c") },
      { id: "d", run: async () => void ran.push("d") },
    ])
    expect(failures.map((f: { id: string; error: Error }) => [f.id, f.error.message])).toEqual([["a", "a broke"]])
    expect(ran).toEqual(["d"])
  })

  it("refuses a dependency on a task that does not exist", async () => {
    await expect(runTaskGraph([{ id: "a", deps: ["z"], run: async () => {} }])).rejects.toThrow("unknown task z")
  })
})
