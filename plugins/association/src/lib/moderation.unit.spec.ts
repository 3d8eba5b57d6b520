import { describe, expect, it } from "vitest"
import {
  productUpdateFor,
  CASE_STATUSES,
  type CaseStatus,
  canMoveMembership,
  checkCaseTransition,
  DECISIONS,
  effectivePolicy,
  MEMBERSHIP_STATUSES,
  type MembershipStatus,
  publicationEffect,
} from "./moderation"

const ALLOWED: [CaseStatus, CaseStatus][] = [
  ["pending", "approved"],
  ["pending", "rejected"],
  ["pending", "changes_requested"],
  ["rejected", "pending"],
  ["changes_requested", "pending"],
]

describe("moderation case state machine", () => {
  it("allows exactly the listed transitions, every other pair is refused in French", () => {
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES) {
        const allowed = ALLOWED.some(([f, t]) => f === from && t === to)
        const result = checkCaseTransition(from, to, "raison")
        if (allowed) {
          expect(result, `${from} → ${to}`).toEqual({ ok: true })
        } else {
          expect(result, `${from} → ${to}`).toMatchObject({ ok: false, reason: expect.stringMatching(/^Une demande « .+ » ne peut pas devenir « .+ »$/) })
        }
      }
    }
  })

  it("requires a reason to reject or ask for changes, not to approve", () => {
    expect(checkCaseTransition("pending", "rejected", "  ")).toEqual({
      ok: false,
      reason: "Indiquez au commerçant la raison de cette décision (champ « reason »)",
    })
    expect(checkCaseTransition("pending", "changes_requested", null)).toMatchObject({ ok: false })
    expect(checkCaseTransition("pending", "approved")).toEqual({ ok: true })
  })

  it("publishes under pre only on approval, takes down under post only on rejection", () => {
    const effects = DECISIONS.map((d) => [d, publicationEffect("pre", d), publicationEffect("post", d)])
    expect(effects).toEqual([
      ["approved", "publish", "none"],
      ["rejected", "none", "take_down"],
      ["changes_requested", "none", "none"],
    ])
  })

  it("always holds a request to open, whatever the association's policy", () => {
    expect(effectivePolicy("seller_opening", "post")).toBe("pre")
    expect(effectivePolicy("seller_profile", "post")).toBe("post")
    expect(effectivePolicy("product", "pre")).toBe("pre")
  })
})

describe("membership", () => {
  it("goes invited → active → left | removed, and nowhere else", () => {
    const allowed: [MembershipStatus, MembershipStatus][] = [
      ["invited", "active"],
      ["invited", "removed"],
      ["active", "left"],
      ["active", "removed"],
    ]
    for (const from of MEMBERSHIP_STATUSES) {
      for (const to of MEMBERSHIP_STATUSES) {
        expect(canMoveMembership(from, to), `${from} → ${to}`).toBe(allowed.some(([f, t]) => f === from && t === to))
      }
    }
  })
})

describe("product decisions", () => {
  it("publishes or withdraws a new product, applies or reverts a text change", () => {
    expect(productUpdateFor("publish", { title: "Miel", price: 9 }, null)).toEqual({ status: "published" })
    expect(productUpdateFor("take_down", { title: "Miel" }, null)).toEqual({ status: "draft" })
    expect(productUpdateFor("publish", { title: "Miel de tilleul" }, { title: "Miel" })).toEqual({ title: "Miel de tilleul" })
    expect(productUpdateFor("take_down", { description: "Bio !" }, { description: null })).toEqual({ description: null })
  })
})
