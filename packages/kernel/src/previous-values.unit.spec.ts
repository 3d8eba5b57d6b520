import { describe, expect, it } from "vitest"
import { previousValues } from "./previous-values"

describe("previousValues", () => {
  it("keeps only the fields the update touches, with their current values", () => {
    const before = [
      { id: "a", name: "Lille", population: 236_000, status: "active" },
      { id: "b", name: "Roubaix", population: 98_800, status: "active" },
    ]
    expect(
      previousValues(
        [
          { id: "b", status: "suspended" },
          { id: "a", population: 240_000, logo_url: "x" },
        ],
        before
      )
    ).toEqual([
      { id: "b", status: "active" },
      { id: "a", population: 236_000, logo_url: undefined },
    ])
  })
})
