import { describe, expect, it } from "vitest"
import { recallAt, scoreRelevance } from "./relevance.mjs"

const response = {
  groups: {
    establishment: { hits: [{ handle: "a" }, { handle: "b" }] },
    event: { hits: [{ title: "Marché de Noël" }] },
  },
}

describe("relevance scoring", () => {
  it("counts the expected hits found in the first k of their group", () => {
    expect(recallAt(response, [{ type: "establishment", key: "b" }, { type: "event", key: "Marché de Noël" }])).toBe(1)
    expect(recallAt(response, [{ type: "establishment", key: "b" }, { type: "product", key: "b" }])).toBe(0.5)
    expect(recallAt(response, [{ type: "establishment", key: "b" }], 1)).toBe(0)
  })

  it("averages over queries and lists the misses", () => {
    const queries = [
      { q: "x", expect: [{ type: "establishment", key: "a" }] },
      { q: "y", expect: [{ type: "establishment", key: "z" }] },
    ]
    const score = scoreRelevance(queries, [response, response])
    expect(score.recall).toBe(0.5)
    expect(score.misses.map((m: { query: { q: string } }) => m.query.q)).toEqual(["y"])
  })
})
