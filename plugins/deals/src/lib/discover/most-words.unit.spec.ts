import { describe, expect, it } from "vitest"
import { allButOneQueries, mergeDisjoint } from "./most-words"

describe("queries where most words must match", () => {
  it("leaves one meaningful word out at a time, for 3 to 5 words", () => {
    expect(allButOneQueries("chocolat noir amer")).toEqual(["noir amer", "chocolat amer", "chocolat noir"])
    // Stop words neither count nor are left out.
    expect(allButOneQueries("pain de campagne bio")).toEqual(["campagne bio", "pain bio", "pain campagne"])
    expect(allButOneQueries("pain bio")).toEqual([])
    expect(allButOneQueries("a b c d e f g h")).toEqual([])
  })

  it("merges disjoint results: best score first, the right page, counts and facets added", () => {
    const result = (hits: [string, number][], count: number, communes: Record<string, number>) => ({
      hits: hits.map(([id, score]) => ({ id, score, document: {} })),
      metadata: { skip: 0, take: 10, count },
      facets: { commune: { type: "value" as const, values: Object.entries(communes).map(([value, n]) => ({ value, count: n })) } },
    })
    const merged = mergeDisjoint([result([["a", 0.9], ["b", 0.2]], 2, { lille: 2 }), result([["c", 0.5]], 1, { lille: 0, roubaix: 1 })], 1, 1)
    expect(merged.hits.map((hit) => hit.id)).toEqual(["c"])
    expect(merged.metadata.count).toBe(3)
    expect(merged.facets?.commune).toEqual({ type: "value", values: [{ value: "lille", count: 2 }, { value: "roubaix", count: 1 }] })
  })
})
