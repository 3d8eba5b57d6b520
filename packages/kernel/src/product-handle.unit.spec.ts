import { describe, expect, it } from "vitest"
import { assignFreeHandles, firstFreeHandle, handleCandidates } from "./product-handle"

describe("firstFreeHandle", () => {
  it("keeps the plain handle when it is free", () => {
    expect(firstFreeHandle("pain-au-levain", new Set())).toBe("pain-au-levain")
  })

  it("numbers the next ones from 2, filling the first gap", () => {
    expect(firstFreeHandle("pain-au-levain", new Set(["pain-au-levain"]))).toBe("pain-au-levain-2")
    expect(firstFreeHandle("pain", new Set(["pain", "pain-2", "pain-4"]))).toBe("pain-3")
  })
})

describe("handleCandidates", () => {
  it("lists the plain handle then its numbered forms", () => {
    expect(handleCandidates("tarte", 3)).toEqual(["tarte", "tarte-2", "tarte-3", "tarte-4"])
  })
})

describe("assignFreeHandles", () => {
  it("numbers the batch's duplicates after the platform's own handles, in order", () => {
    expect(assignFreeHandles(["pain", "pain", "tarte", "pain"], new Set(["pain", "pain-3"]))).toEqual(["pain-2", "pain-4", "tarte", "pain-5"])
    expect(assignFreeHandles([], new Set(["pain"]))).toEqual([])
  })
})
