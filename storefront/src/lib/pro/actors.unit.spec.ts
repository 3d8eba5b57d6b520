import { describe, expect, it } from "vitest"
import { decodeProSession, encodeProSession, inviteActor, inviteProfile, PRO_ACTORS } from "./actors"

describe("pro session cookie", () => {
  it("round-trips the actor type and a JWT (which holds dots itself)", () => {
    const value = encodeProSession("moderator", "eyJh.eyJz.c2ln")
    expect(decodeProSession(value)).toEqual({ actor: "moderator", token: "eyJh.eyJz.c2ln" })
  })

  it("refuses an unknown actor, a missing token or nothing", () => {
    expect(decodeProSession("admin.eyJh")).toBeNull()
    expect(decodeProSession("merchant.")).toBeNull()
    expect(decodeProSession("merchant")).toBeNull()
    expect(decodeProSession(undefined)).toBeNull()
  })
})

describe("invitation links", () => {
  it("read the profile in French, a merchant when it is missing or unknown", () => {
    expect(inviteActor("moderation")).toBe("moderator")
    expect(inviteActor("commune")).toBe("agent")
    expect(inviteActor(undefined)).toBe("merchant")
    expect(inviteActor("operateur")).toBe("merchant")
  })

  it("give each actor a profile that reads back to it", () => {
    for (const actor of PRO_ACTORS) {
      expect(inviteActor(inviteProfile(actor))).toBe(actor)
    }
  })
})
