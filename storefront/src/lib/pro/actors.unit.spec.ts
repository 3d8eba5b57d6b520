import { describe, expect, it } from "vitest"
import { decodeProSession, encodeProSession } from "./actors"

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
