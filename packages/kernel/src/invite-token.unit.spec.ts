import { describe, expect, it } from "vitest"
import { generateInviteToken, hashInviteToken, inviteExpiry } from "./invite-token"

describe("invite tokens", () => {
  it("are unique and URL-safe", () => {
    const tokens = new Set(Array.from({ length: 100 }, generateInviteToken))
    expect(tokens.size).toBe(100)
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    }
  })

  it("hash deterministically without revealing the token", () => {
    const token = generateInviteToken()
    expect(hashInviteToken(token)).toBe(hashInviteToken(token))
    expect(hashInviteToken(token)).not.toContain(token)
    expect(hashInviteToken(token)).toHaveLength(64)
  })

  it("expire after seven days by default", () => {
    const now = new Date("2026-03-28T12:00:00Z")
    expect(inviteExpiry(now).toISOString()).toBe("2026-04-04T12:00:00.000Z")
  })
})
