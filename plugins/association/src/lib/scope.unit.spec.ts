import { describe, expect, it } from "vitest"
import { type ActorScope, canDecideCase, canSeeCase, queueFilters, reviewerOf } from "./scope"

const moderatorX: ActorScope = { actor_type: "moderator", actor_id: "mod_1", association_ids: ["asso_x"], president_of: [] }
const agentLille: ActorScope = { actor_type: "agent", actor_id: "cagt_1", commune_ids: ["com_lille"] }
const operator: ActorScope = { actor_type: "operator", actor_id: "user_1" }

describe("moderation scope", () => {
  const ofX = { association_id: "asso_x", commune_id: "com_lille" }
  const ofY = { association_id: "asso_y", commune_id: "com_lille" }
  const fallback = { association_id: null, commune_id: "com_lille" }
  const elsewhere = { association_id: null, commune_id: "com_roubaix" }

  it("lets a moderator see and decide its association's cases only", () => {
    expect([canSeeCase(moderatorX, ofX), canDecideCase(moderatorX, ofX)]).toEqual([true, true])
    expect([canSeeCase(moderatorX, ofY), canDecideCase(moderatorX, ofY)]).toEqual([false, false])
    expect(canSeeCase(moderatorX, fallback)).toBe(false)
  })

  it("lets agents read their commune's queues and decide only the fallback", () => {
    expect([canSeeCase(agentLille, ofX), canDecideCase(agentLille, ofX)]).toEqual([true, false])
    expect([canSeeCase(agentLille, fallback), canDecideCase(agentLille, fallback)]).toEqual([true, true])
    expect(canSeeCase(agentLille, elsewhere)).toBe(false)
  })

  it("lets the operator do everything", () => {
    expect([canSeeCase(operator, elsewhere), canDecideCase(operator, ofY), queueFilters(operator)]).toEqual([true, true, {}])
    expect(queueFilters(operator, { fallback: true })).toEqual({ association_id: null })
    expect(queueFilters(agentLille)).toEqual({ commune_id: ["com_lille"] })
  })

  it("narrows a queue inside the caller's scope, never beyond it", () => {
    // A moderator asking for the fallback queue or another association's queue gets nothing.
    expect(queueFilters(moderatorX, { fallback: true })).toBeNull()
    expect(queueFilters(moderatorX, { association_id: "asso_y" })).toBeNull()
    expect(queueFilters(moderatorX, { association_id: "asso_x" })).toEqual({ association_id: ["asso_x"] })
    expect(queueFilters(moderatorX)).toEqual({ association_id: ["asso_x"] })
    // An agent's fallback queue stays its commune's.
    expect(queueFilters(agentLille, { fallback: true })).toEqual({ commune_id: ["com_lille"], association_id: null })
    expect(queueFilters(agentLille, { association_id: "asso_y" })).toEqual({ commune_id: ["com_lille"], association_id: "asso_y" })
    expect(queueFilters(agentLille, { fallback: true, association_id: "asso_y" })).toBeNull()
  })

  it("sends an establishment's changes to its oldest association, else to its commune (published at once)", () => {
    expect(reviewerOf([], "com_lille")).toEqual({ association_id: null, policy: "post", commune_id: "com_lille" })
    expect(
      reviewerOf(
        [
          { association_id: "asso_b", policy: "post", joined_at: "2026-05-01T00:00:00Z" },
          { association_id: "asso_a", policy: "pre", joined_at: "2026-02-01T00:00:00Z" },
        ],
        "com_lille"
      )
    ).toEqual({ association_id: "asso_a", policy: "pre", commune_id: "com_lille" })
  })
})
