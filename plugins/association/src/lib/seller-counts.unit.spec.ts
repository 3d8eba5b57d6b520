import { describe, expect, it } from "vitest"
import { countByStatus } from "./seller-counts"

describe("countByStatus", () => {
  it("counts each status and keeps the empty ones at zero", () => {
    const counts = countByStatus([{ status: "open" }, { status: "open" }, { status: "pending" }])
    expect(counts).toEqual({ draft: 0, pending: 1, open: 2, suspended: 0, closed: 0 })
  })

  it("gives all zeros for a commune without establishments", () => {
    expect(Object.values(countByStatus([]))).toEqual([0, 0, 0, 0, 0])
  })
})
