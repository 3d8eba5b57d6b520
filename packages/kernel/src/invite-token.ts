import { createHash, randomBytes } from "node:crypto"

export const INVITE_VALIDITY_DAYS = 7

/** A URL-safe secret of 256 bits, shown once to the operator. */
export function generateInviteToken(): string {
  return randomBytes(32).toString("base64url")
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

export function inviteExpiry(now: Date, days = INVITE_VALIDITY_DAYS): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000)
}
