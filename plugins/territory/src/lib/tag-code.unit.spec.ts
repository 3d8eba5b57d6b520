import { describe, expect, it } from "vitest"
import { generateTagCode, normalizeTagCode, TAG_ALPHABET, TAG_LENGTH } from "./tag-code"

describe("tag codes", () => {
  it("are six characters of the unambiguous alphabet", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateTagCode()
      expect(code).toHaveLength(TAG_LENGTH)
      expect([...code].every((c) => TAG_ALPHABET.includes(c))).toBe(true)
    }
    expect(TAG_ALPHABET).not.toMatch(/[01ILOUV]/)
  })

  it("read back whatever the case, spaces or dashes", () => {
    expect(normalizeTagCode("ab3-x7k")).toBe("AB3X7K")
    expect(normalizeTagCode(" AB3 X7K ")).toBe("AB3X7K")
  })

  it("refuse what cannot be a code", () => {
    expect(normalizeTagCode("AB3X7")).toBeNull()
    expect(normalizeTagCode("AB3X7O")).toBeNull()
    expect(normalizeTagCode("../../admin")).toBeNull()
  })
})
