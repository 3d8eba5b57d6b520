import { inflateSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { crc32, placeholderPng } from "./placeholder-photo"

describe("placeholder photos", () => {
  it("computes the CRC-32 PNG uses", () => {
    expect(crc32(Buffer.from("IEND", "ascii")).toString(16)).toBe("ae426082")
  })

  it("draws a valid PNG with the gradient's colours at its corners", () => {
    const png = placeholderPng(4, 2, "#000000", "#ffffff")
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a")
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR")
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([4, 2])
    const idatLength = png.readUInt32BE(33)
    const rows = inflateSync(png.subarray(41, 41 + idatLength))
    expect(rows).toHaveLength(2 * (1 + 4 * 3))
    expect([...rows.subarray(1, 4)]).toEqual([0, 0, 0])
    expect(rows[1 + 13 + 3 * 3]).toBeGreaterThan(150)
    expect(png.subarray(-8, -4).toString("ascii")).toBe("IEND")
  })
})
