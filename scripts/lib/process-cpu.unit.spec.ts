import { describe, expect, it } from "vitest"
import { parseStat } from "./process-cpu.mjs"

describe("parseStat", () => {
  it("reads the pid, the parent and the CPU seconds, whatever the command's name holds", () => {
    const line = "4242 (node (worker) x) S 4200 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 11 0 500 0 0"
    expect(parseStat(line)).toEqual([4242, 4200, 3])
  })
})
