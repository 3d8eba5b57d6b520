import { randomInt } from "node:crypto"

/** Letters and digits nobody confuses when reading a sticker aloud: no 0/O, 1/I/L, nor U/V. */
export const TAG_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
export const TAG_LENGTH = 6

/** A fresh random code (29⁶ ≈ 600 million of them); uniqueness is the database's job. */
export function generateTagCode(pick: (max: number) => number = randomInt): string {
  return Array.from({ length: TAG_LENGTH }, () => TAG_ALPHABET[pick(TAG_ALPHABET.length)]).join("")
}

/** A code as typed or scanned: any case, spaces or dashes; null when it cannot be one. */
export function normalizeTagCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "")
  return code.length === TAG_LENGTH && [...code].every((c) => TAG_ALPHABET.includes(c)) ? code : null
}
