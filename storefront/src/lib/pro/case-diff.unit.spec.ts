import { describe, expect, it } from "vitest"
import { caseDiff } from "./case-diff"

describe("caseDiff", () => {
  it("pairs each proposed field with its previous value, as text", () => {
    expect(caseDiff({ description: "Nouveau", phone: "03 20 00 00 00" }, { description: "Ancien", phone: null })).toEqual([
      { field: "description", before: "Ancien", after: "Nouveau" },
      { field: "phone", before: null, after: "03 20 00 00 00" },
    ])
  })

  it("leaves out what did not change and shows structured values readably", () => {
    expect(caseDiff({ name: "Same", hours: { mo: [] } }, { name: "Same" })).toEqual([{ field: "hours", before: null, after: '{\n "mo": []\n}' }])
  })

  it("has nothing to show without a proposal", () => {
    expect(caseDiff(null, { name: "x" })).toEqual([])
  })
})
