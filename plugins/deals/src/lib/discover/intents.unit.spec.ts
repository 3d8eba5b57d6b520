import { describe, expect, it } from "vitest"
import { intentFilters, intentTypes } from "./intent-filters"
import { readIntent } from "./intents"
import type { DiscoverParams } from "./params"

// Wednesday 9 December 2026, 10:00 in Paris.
const WEDNESDAY = new Date("2026-12-09T09:00:00Z")
const ALL = ["establishment", "product", "deal", "event"] as const

describe("what a query asks for beyond its words", () => {
  it("reads a price cut as percentage and amount bons plans, and keeps the other words", () => {
    expect(readIntent("promo", WEDNESDAY)).toEqual({ text: undefined, deal: { kinds: ["percent", "amount"] } })
    expect(readIntent("Réduction", WEDNESDAY)?.deal).toEqual({ kinds: ["percent", "amount"] })
    expect(readIntent("-20 % chocolat", WEDNESDAY)).toEqual({ text: "chocolat", deal: { kinds: ["percent", "amount"] } })
    expect(readIntent("soldes vêtements", WEDNESDAY)?.text).toBe("vetements")
  })

  it("reads gifts, and any bon plan", () => {
    expect(readIntent("café offert", WEDNESDAY)).toEqual({ text: "cafe", deal: { kinds: ["gift", "bundle"] } })
    expect(readIntent("bon plan boulangerie", WEDNESDAY)).toEqual({ text: "boulangerie", deal: { kinds: undefined } })
    expect(readIntent("bons plans", WEDNESDAY)).toEqual({ text: undefined, deal: { kinds: undefined } })
  })

  it("reads outings, keeping the words events say themselves", () => {
    expect(readIntent("sortie en famille", WEDNESDAY)).toEqual({ text: "en famille", outing: { free: false } })
    expect(readIntent("que faire avec les enfants", WEDNESDAY)?.outing).toEqual({ free: false })
    expect(readIntent("que faire avec les enfants", WEDNESDAY)?.text).toBe("avec les enfants")
  })

  it("turns this weekend and today into Paris-time windows", () => {
    const weekend = readIntent("que faire ce week-end", WEDNESDAY)?.outing?.window
    // Saturday 12 December 00:00 to Monday 14 December 00:00 in Paris (UTC+1).
    expect(weekend).toEqual({ from: new Date("2026-12-11T23:00:00Z"), to: new Date("2026-12-13T23:00:00Z") })
    const sunday = new Date("2026-12-13T15:00:00Z")
    expect(readIntent("sortie ce weekend", sunday)?.outing?.window?.from).toEqual(new Date("2026-12-11T23:00:00Z"))
    expect(readIntent("aujourd'hui", WEDNESDAY)?.outing?.window).toEqual({
      from: new Date("2026-12-08T23:00:00Z"),
      to: new Date("2026-12-09T23:00:00Z"),
    })
  })

  it("reads « gratuit » as free events on an outing, gifts among bons plans, both when alone", () => {
    expect(readIntent("sortie gratuite", WEDNESDAY)).toEqual({ text: undefined, outing: { free: true } })
    expect(readIntent("gratuit", WEDNESDAY)).toEqual({ text: undefined, deal: { kinds: ["gift", "bundle"] }, outing: { free: true } })
  })

  it("leaves ordinary queries alone, whole words only", () => {
    expect(readIntent("boulangerie roubaix", WEDNESDAY)).toBeNull()
    expect(readIntent("promenade", WEDNESDAY)).toBeNull()
    expect(readIntent("cadeaux de noël", WEDNESDAY)?.deal).toEqual({ kinds: ["gift", "bundle"] })
  })
})

describe("the groups and filters an intent implies", () => {
  const params = { kind: [] } as unknown as DiscoverParams

  it("searches bons plans with their establishments, or events with the places to visit", () => {
    expect(intentTypes({ deal: {}, text: "boulangerie" }, [...ALL])).toEqual(["establishment", "deal"])
    // « promo » alone: the bons plans, which name their establishments.
    expect(intentTypes({ deal: {} }, [...ALL])).toEqual(["deal"])
    expect(intentTypes({ outing: { free: false } }, [...ALL])).toEqual(["establishment", "event"])
    expect(intentTypes({ deal: {}, outing: { free: true } }, [...ALL])).toEqual(["deal", "event"])
    expect(intentTypes({ deal: {} }, ["product"])).toEqual([])
  })

  it("narrows each group to what the intent means", () => {
    expect(intentFilters("deal", { deal: { kinds: ["gift"] } }, params)).toEqual([{ kind: { $in: ["gift"] } }])
    expect(intentFilters("establishment", { deal: {} }, params, ["sel_1"])).toEqual([{ id: { $in: ["sel_1"] } }])
    expect(intentFilters("establishment", { outing: { free: false } }, params)).toEqual([
      { kind: { $in: ["cultural_site", "heritage_site"] } },
    ])
    const window = { from: new Date("2026-12-11T23:00:00Z"), to: new Date("2026-12-13T23:00:00Z") }
    expect(intentFilters("event", { outing: { free: true, window } }, params)).toEqual([
      { is_free: true },
      { starts_at: { $lt: window.to } },
      { ends_at: { $gt: window.from } },
    ])
  })
})
