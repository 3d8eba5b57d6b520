import { describe, expect, it } from "vitest"
import { ndefUriMessage, toHex } from "./ndef"

describe("NDEF URI message", () => {
  it("encodes a short https URI as one short well-known record with the https:// prefix code", () => {
    const bytes = ndefUriMessage("https://enjoy.test/t/AB3X7K")
    // D1: message begin + end, short record, well-known type; 01: type length; 14: payload length (20 bytes); 55: "U"; 04: https://
    expect(toHex(bytes.slice(0, 5))).toBe("d1011455" + "04")
    expect(new TextDecoder().decode(bytes.slice(5))).toBe("enjoy.test/t/AB3X7K")
    expect(bytes[2]).toBe(bytes.length - 4)
  })

  it("uses the www prefix codes and no code for other schemes", () => {
    expect(ndefUriMessage("http://www.lille.fr")[4]).toBe(0x01)
    expect(ndefUriMessage("tel:+33320000000")[4]).toBe(0x00)
  })

  it("switches to a long record past 255 bytes of payload", () => {
    const bytes = ndefUriMessage(`https://enjoy.test/${"a".repeat(300)}`)
    expect(bytes[0]).toBe(0xc1)
    expect((bytes[2] << 24) | (bytes[3] << 16) | (bytes[4] << 8) | bytes[5]).toBe(bytes.length - 7)
  })
})
