import { describe, expect, it } from "vitest"
import { etagOf, matchesEtag, negotiate, toCsv, toGeoJson } from "./open-data"

describe("open data formats", () => {
  it("take the format from the extension, then Accept, then JSON", () => {
    expect(negotiate("establishments.csv")).toEqual({ resource: "establishments", format: "csv" })
    expect(negotiate("deals", "application/geo+json")).toEqual({ resource: "deals", format: "geojson" })
    expect(negotiate("events", "text/html,*/*")).toEqual({ resource: "events", format: "json" })
    expect(negotiate("establishments.xml")).toBeNull()
    expect(negotiate("customers.json")).toBeNull()
  })

  it("put longitude first in GeoJSON points and keep rows without a place", () => {
    const geo = toGeoJson([{ id: "a", latitude: 50.63, longitude: 3.06 }, { id: "b", latitude: null, longitude: null }], { licence: "x" })
    expect(geo.type).toBe("FeatureCollection")
    expect(geo.features[0].geometry).toEqual({ type: "Point", coordinates: [3.06, 50.63] })
    expect(geo.features[1].geometry).toBeNull()
    expect(geo.features[0].properties.id).toBe("a")
  })

  it("quote CSV cells holding commas, quotes or line breaks", () => {
    const csv = toCsv([{ name: 'Café "Le Coin", Lille', note: "a\nb", n: 3 }], ["name", "note", "n", "missing"])
    expect(csv).toBe('name,note,n,missing\r\n"Café ""Le Coin"", Lille","a\nb",3,\r\n')
  })

  it("match If-None-Match lists, weak tags and *", () => {
    const tag = etagOf("hello")
    expect(etagOf("hello")).toBe(tag)
    expect(etagOf("hello!")).not.toBe(tag)
    expect(matchesEtag(`"other", W/${tag}`, tag)).toBe(true)
    expect(matchesEtag("*", tag)).toBe(true)
    expect(matchesEtag(undefined, tag)).toBe(false)
  })
})
