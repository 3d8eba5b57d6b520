import { describe, expect, it } from "vitest"
import {
  CODE_ALPHABET,
  claimQrPayload,
  codeFromScan,
  displayClaimCode,
  generateClaimCode,
  normalizeClaimCode,
  uniqueClaimCode,
} from "./claim-code"

describe("claim codes", () => {
  it("uses an alphabet without 0, O, 1 or I", () => {
    expect(CODE_ALPHABET).toHaveLength(32)
    for (const ambiguous of ["0", "O", "1", "I"]) {
      expect(CODE_ALPHABET).not.toContain(ambiguous)
    }
    for (let i = 0; i < 200; i++) {
      expect(generateClaimCode()).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)
    }
  })

  it("reads what a merchant types, refusing what cannot be a code", () => {
    expect(normalizeClaimCode(" k7qm-3tza ")).toBe("K7QM3TZA")
    expect(normalizeClaimCode("K7QM 3TZA")).toBe("K7QM3TZA")
    expect(normalizeClaimCode("K7QM-3TZ0")).toBeNull()
    expect(normalizeClaimCode("K7QM")).toBeNull()
    expect(displayClaimCode("K7QM3TZA")).toBe("K7QM-3TZA")
  })

  it("draws again on a collision, and gives up after too many", async () => {
    const sequence = [..."AAAAAAAA", ..."AAAAAAAA", ..."BBBBBBBB"].map((c) => CODE_ALPHABET.indexOf(c))
    const scripted = () => sequence.shift()!
    const taken = new Set(["AAAAAAAA"])
    expect(await uniqueClaimCode(async (code) => taken.has(code), scripted)).toBe("BBBBBBBB")
    await expect(uniqueClaimCode(async () => true, undefined, 3)).rejects.toThrow("No free claim code after 3 draws")
  })

  it("puts the code in a QR payload the scanner reads back", () => {
    const payload = claimQrPayload("K7QM3TZA", "deal_1")
    expect(payload).toBe("ENJOY-BONPLAN:deal_1:K7QM3TZA")
    expect(codeFromScan(payload)).toBe("K7QM3TZA")
    expect(codeFromScan("k7qm-3tza")).toBe("k7qm-3tza")
  })
})
