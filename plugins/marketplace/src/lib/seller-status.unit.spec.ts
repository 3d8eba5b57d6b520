import { describe, expect, it } from "vitest"
import { canTransitionSeller, SELLER_STATUSES } from "./seller-status"

describe("canTransitionSeller", () => {
  it("follows draft → pending → open ↔ suspended → closed", () => {
    expect(canTransitionSeller("draft", "pending")).toBe(true)
    expect(canTransitionSeller("pending", "open")).toBe(true)
    expect(canTransitionSeller("open", "suspended")).toBe(true)
    expect(canTransitionSeller("suspended", "open")).toBe(true)
    expect(canTransitionSeller("suspended", "closed")).toBe(true)
  })

  it("sends a pending request back to draft, never skips the review", () => {
    expect(canTransitionSeller("pending", "draft")).toBe(true)
    expect(canTransitionSeller("draft", "open")).toBe(false)
  })

  it("never leaves closed", () => {
    for (const to of SELLER_STATUSES) {
      expect(canTransitionSeller("closed", to)).toBe(false)
    }
  })
})
