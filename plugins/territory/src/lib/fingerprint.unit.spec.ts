import { describe, expect, it } from "vitest"
import { fingerprint } from "./fingerprint"

describe("fingerprint", () => {
  it("is the same whatever order the keys were set in, and for dates as their instant", () => {
    const a = fingerprint("kit-1", { size: "a6", commune: { name: "Lille", color: null }, at: new Date("2026-12-07T10:00:00Z") })
    const b = fingerprint("kit-1", { at: new Date("2026-12-07T10:00:00.000Z"), commune: { color: null, name: "Lille" }, size: "a6" })
    expect(a).toBe(b)
    expect(a).toMatch(/^[0-9a-f]{64}$/)
  })

  it("changes with the data, with the order of a list, and with the layout's version", () => {
    const base = fingerprint("kit-1", { names: ["Fournil", "Cordonnerie"] })
    expect(fingerprint("kit-1", { names: ["Cordonnerie", "Fournil"] })).not.toBe(base)
    expect(fingerprint("kit-1", { names: ["Fournil", "Cordonnerie", ""] })).not.toBe(base)
    expect(fingerprint("kit-2", { names: ["Fournil", "Cordonnerie"] })).not.toBe(base)
  })

  it("tells apart a missing value from an empty one", () => {
    expect(fingerprint("r", { logo: null })).not.toBe(fingerprint("r", { logo: "" }))
    expect(fingerprint("r", {})).not.toBe(fingerprint("r", { logo: null }))
  })
})
