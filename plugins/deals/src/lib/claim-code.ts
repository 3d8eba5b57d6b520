import { randomInt } from "node:crypto"

/** Letters and digits nobody confuses when reading a code aloud or typing it: no 0/O, no 1/I. */
export const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
export const CODE_LENGTH = 8

/** A random claim code, e.g. "K7QM-3TZA" (shown with a dash, stored without). */
export function generateClaimCode(random: (max: number) => number = randomInt): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[random(CODE_ALPHABET.length)]).join("")
}

/** What a merchant typed or scanned, as stored: upper case, without spaces or dashes; null when it cannot be a code. */
export function normalizeClaimCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "")
  if (code.length !== CODE_LENGTH || [...code].some((c) => !CODE_ALPHABET.includes(c))) {
    return null
  }
  return code
}

export const displayClaimCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`

/**
 * A code no other claim holds: draws again on a collision (the unique index
 * is the final guard), and gives up after `attempts` draws.
 */
export async function uniqueClaimCode(
  taken: (code: string) => Promise<boolean>,
  random?: (max: number) => number,
  attempts = 8
): Promise<string> {
  for (let i = 0; i < attempts; i++) {
    const code = generateClaimCode(random)
    if (!(await taken(code))) {
      return code
    }
  }
  throw new Error(`No free claim code after ${attempts} draws`)
}

/** What the shopper's QR code holds: enough for the merchant's scanner to find the claim. */
export function claimQrPayload(code: string, dealId: string): string {
  return `ENJOY-BONPLAN:${dealId}:${code}`
}

/** The code inside a scanned QR payload, or the input itself when it was typed. */
export function codeFromScan(input: string): string {
  const match = /^ENJOY-BONPLAN:[^:]+:([A-Z0-9-]+)$/i.exec(input.trim())
  return match ? match[1] : input
}
