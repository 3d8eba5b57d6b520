import { describe, expect, it } from "vitest"
import { percentile, summarize } from "./stats.mjs"

describe("benchmark statistics", () => {
  it("interpolates percentiles between closest ranks", () => {
    expect(percentile([3, 1, 2], 50)).toBe(2)
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5)
    expect(percentile(Array.from({ length: 21 }, (_, i) => i * 10), 95)).toBe(190)
    expect(() => percentile([], 50)).toThrow()
  })

  it("summarizes samples", () => {
    expect(summarize([10, 20, 30, 40])).toEqual({ n: 4, p50: 25, p95: 38.5, mean: 25 })
  })
})
