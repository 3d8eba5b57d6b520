import { describe, expect, it } from "vitest"
import { countFacets, fromEngineFacets } from "./facets"
import { groupFilters, groupQuery } from "./filters"
import { boundingBox, distanceKm, withinRadius } from "./geo"
import { applicableTypes, type DiscoverParams } from "./params"

const params = (over: Partial<DiscoverParams> = {}): DiscoverParams => ({
  types: ["establishment", "product", "deal", "event"],
  commune: [], kind: [], category: [], mode: [],
  open_now: false, has_deal: false, in_stock: false,
  radius_km: 5, sort: "relevance", limit: 10, offset: 0, facets: ["establishment", "product", "deal", "event"],
  at: new Date("2026-07-06T08:00:00Z"), // Monday 10:00 in Paris
  ...over,
})

const GRAND_PLACE = { latitude: 50.6372, longitude: 3.0633 }

describe("which groups a search covers", () => {
  it("covers every group without specific filters", () => {
    expect(applicableTypes(params())).toEqual(["establishment", "product", "deal", "event"])
  })
  it("leaves out the groups a filter means nothing for", () => {
    expect(applicableTypes(params({ open_now: true }))).toEqual(["establishment"])
    expect(applicableTypes(params({ price_max: 10 }))).toEqual(["product"])
    expect(applicableTypes(params({ category: ["boulangerie"] }))).toEqual(["establishment", "product", "event"])
    expect(applicableTypes(params({ types: ["deal"], mode: ["online"] }))).toEqual([])
  })
})

describe("filters", () => {
  it("asks for the quarter-hour of the Paris week when open now is set, or of the day when it has an exception", () => {
    // The params' instant is Monday 6 July 2026, 10:00 in Paris: weekly slot 40, on that calendar day.
    const day = Math.round(Date.UTC(2026, 6, 6) / 86_400_000)
    expect(groupFilters("establishment", params({ open_now: true }))).toEqual({
      $and: [
        {
          $or: [
            { $and: [{ open_slots: 40 }, { $not: { exception_days: day } }] },
            { exception_slots: day * 96 + 40 },
          ],
        },
      ],
    })
  })

  it("keeps hostile values as plain values of the filter tree", () => {
    const hostile = `lille" OR commune != "x`
    const filters = groupFilters("establishment", params({ commune: [hostile], kind: ["shop') OR 1=1 --"] }))
    expect(filters).toEqual({ $and: [{ commune: { $in: [hostile] } }, { kind: { $in: ["shop') OR 1=1 --"] } }] })
  })

  it("bounds bons plans and events by the instant asked", () => {
    const at = new Date("2026-07-06T08:00:00Z")
    expect(groupFilters("deal", params({ at }))).toEqual({ $and: [{ starts_at: { $lte: at } }, { ends_at: { $gt: at } }] })
    expect(groupFilters("event", params({ at }))).toEqual({ $and: [{ ends_at: { $gt: at } }] })
  })

  it("restricts establishments with a bon plan to the sellers found, none when there are none", () => {
    expect(groupFilters("establishment", params({ has_deal: true }), ["sel_1"])).toEqual({ $and: [{ id: { $in: ["sel_1"] } }] })
    expect(groupFilters("establishment", params({ has_deal: true }), [])).toEqual({ $and: [{ id: { $in: [] } }] })
  })

  it("pages in the engine without distance, brings the box back with one", () => {
    const plain = groupQuery("product", params({ offset: 20 }), { index: "product", q: "pain", typos: false, candidates: 1000 })
    expect(plain.pagination).toEqual({ skip: 20, take: 10, order: { _score: "DESC" } })
    expect(plain.filters).toEqual({ q: "pain" })
    expect(plain.search_options?.facets?.map((f) => (typeof f === "string" ? f : f.field))).toEqual(["commune", "categories", "commerce_mode", "in_stock", "price"])
    const geo = groupQuery("product", params({ near: GRAND_PLACE }), { index: "product", typos: false, candidates: 1000 })
    expect(geo.pagination).toEqual({ skip: 0, take: 1000, order: { title: "ASC" } })
    expect(geo.search_options?.facets).toBeUndefined()
    const bare = groupQuery("product", params({ facets: ["establishment"] }), { index: "product", q: "pain", typos: false, candidates: 1000 })
    expect(bare.search_options?.facets).toBeUndefined()
  })
})

describe("geography", () => {
  it("measures distances on the sphere", () => {
    // Grand-Place de Lille → Grand-Place de Roubaix: about 10.4 km.
    expect(distanceKm(GRAND_PLACE, { latitude: 50.6907, longitude: 3.1817 })).toBeCloseTo(10.2, 0)
  })

  it("draws a box that holds the circle", () => {
    const box = boundingBox(GRAND_PLACE, 2)
    for (const bearing of [0, 45, 90, 135, 180, 225, 270, 315]) {
      const rad = (bearing * Math.PI) / 180
      const point = {
        latitude: GRAND_PLACE.latitude + (1.99 / 111.2) * Math.cos(rad),
        longitude: GRAND_PLACE.longitude + (1.99 / (111.2 * Math.cos((GRAND_PLACE.latitude * Math.PI) / 180))) * Math.sin(rad),
      }
      expect(point.latitude).toBeGreaterThanOrEqual(box.latitude.$gte)
      expect(point.latitude).toBeLessThanOrEqual(box.latitude.$lte)
      expect(point.longitude).toBeGreaterThanOrEqual(box.longitude.$gte)
      expect(point.longitude).toBeLessThanOrEqual(box.longitude.$lte)
    }
  })

  it("cuts the box down to the circle and tells each distance", () => {
    const docs = [
      { id: "near", latitude: 50.6372, longitude: 3.07 },
      { id: "corner", latitude: 50.6372 + 0.017, longitude: 3.0633 + 0.027 },
      { id: "nowhere", latitude: null, longitude: null },
    ]
    const kept = withinRadius(docs, GRAND_PLACE, 2)
    expect(kept.map((d) => d.id)).toEqual(["near"])
    expect(kept[0].distance_km).toBeCloseTo(0.47, 1)
  })
})

describe("facets", () => {
  it("counts values, arrays included, and price bands over documents in hand", () => {
    const facets = countFacets("product", [
      { commune: "lille", categories: ["boulangerie", "pâtisserie"], commerce_mode: "online", in_stock: true, price: 4 },
      { commune: "lille", categories: ["boulangerie"], commerce_mode: "reservation", in_stock: false, price: 12 },
      { commune: "roubaix", categories: [], commerce_mode: "online", in_stock: true, price: null },
    ])
    expect(facets.commune).toEqual([{ value: "lille", count: 2 }, { value: "roubaix", count: 1 }])
    expect(facets.categories).toEqual([{ value: "boulangerie", count: 2 }, { value: "pâtisserie", count: 1 }])
    expect(facets.in_stock).toEqual([{ value: "true", count: 2 }, { value: "false", count: 1 }])
    expect(facets.price.map((b) => b.count)).toEqual([1, 0, 1, 0, 0])
  })

  it("reads the engine's facets in the same shape", () => {
    expect(
      fromEngineFacets({
        kind: { type: "value", values: [{ value: "shop", count: 1 }, { value: "craft", count: 3 }] },
        price: { type: "range", ranges: [{ key: "0-5", count: 2 }] },
      })
    ).toEqual({ kind: [{ value: "craft", count: 3 }, { value: "shop", count: 1 }], price: [{ value: "0-5", count: 2 }] })
  })
})
