import { describe, expect, it } from "vitest"
import { roundRobin } from "./round-robin-proxy.mjs"

describe("roundRobin", () => {
  it("gives each upstream in turn", () => {
    const next = roundRobin(["a", "b"])
    expect([next(), next(), next(), next()]).toEqual(["a", "b", "a", "b"])
  })

  it("skips the upstreams that already failed the request, and gives up when none is left", () => {
    const next = roundRobin(["a", "b", "c"])
    expect(next(new Set(["a"]))).toBe("b")
    expect(next(new Set(["c"]))).toBe("a")
    expect(next(new Set(["a", "b", "c"]))).toBeNull()
  })
})
