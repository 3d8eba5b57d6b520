import { describe, expect, it } from "vitest"
import { canTransitionCommune } from "./commune-status"

describe("canTransitionCommune", () => {
  it("suspends and resumes an active convention", () => {
    expect(canTransitionCommune("active", "suspended")).toBe(true)
    expect(canTransitionCommune("suspended", "active")).toBe(true)
  })

  it("ends an active or suspended convention", () => {
    expect(canTransitionCommune("active", "ended")).toBe(true)
    expect(canTransitionCommune("suspended", "ended")).toBe(true)
  })

  it("never leaves the ended state nor loops on itself", () => {
    expect(canTransitionCommune("ended", "active")).toBe(false)
    expect(canTransitionCommune("ended", "suspended")).toBe(false)
    expect(canTransitionCommune("active", "active")).toBe(false)
  })
})
