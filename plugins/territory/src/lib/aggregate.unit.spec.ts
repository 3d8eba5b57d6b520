import { describe, expect, it } from "vitest"
import { aggregateDay, parisDay, type RawStat } from "./aggregate"

const at = (iso: string, over: Partial<RawStat>): RawStat => ({
  kind: "vitrine_view",
  commune_id: "lille",
  seller_id: null,
  detail: null,
  amount: null,
  occurred_at: iso,
  ...over,
})

describe("daily aggregation", () => {
  it("dates events by the Paris day", () => {
    expect(parisDay("2026-11-26T23:30:00Z")).toBe("2026-11-27")
    expect(parisDay("2026-07-14T21:59:00Z")).toBe("2026-07-14")
  })

  it("counts per commune and per establishment, sums amounts, and keeps other days out", () => {
    const events = [
      at("2026-11-26T09:00:00Z", { seller_id: "sel_a" }),
      at("2026-11-26T10:00:00Z", { seller_id: "sel_a" }),
      at("2026-11-26T11:00:00Z", { seller_id: "sel_b" }),
      at("2026-11-26T12:00:00Z", { kind: "order", seller_id: "sel_a", amount: 12.4 }),
      at("2026-11-26T13:00:00Z", { kind: "order", seller_id: "sel_a", amount: 7.2 }),
      at("2026-11-25T13:00:00Z", { seller_id: "sel_a" }),
    ]
    const lines = aggregateDay(events, "2026-11-26")
    const find = (kind: string, seller: string) => lines.find((l) => l.kind === kind && l.seller_id === seller)
    expect(find("vitrine_view", "")).toMatchObject({ commune_id: "lille", count: 3 })
    expect(find("vitrine_view", "sel_a")!.count).toBe(2)
    expect(find("vitrine_view", "sel_b")!.count).toBe(1)
    expect(find("order", "")).toMatchObject({ count: 2, amount: 19.6 })
    expect(lines.every((l) => l.day === "2026-11-26")).toBe(true)
  })

  it("counts searches per term, territory-wide ones under the empty commune", () => {
    const lines = aggregateDay(
      [
        at("2026-11-26T09:00:00Z", { kind: "search", commune_id: null, detail: "fromage" }),
        at("2026-11-26T09:05:00Z", { kind: "search", commune_id: null, detail: "fromage" }),
        at("2026-11-26T09:10:00Z", { kind: "search", commune_id: null, detail: "pain" }),
      ],
      "2026-11-26"
    )
    expect(lines.map((l) => [l.commune_id, l.detail, l.count])).toEqual([
      ["", "", 3],
      ["", "fromage", 2],
      ["", "pain", 1],
    ])
  })
})
