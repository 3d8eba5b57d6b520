import { describe, expect, it } from "vitest"
import { etagOf, matchesEtag, negotiate, toCsv, toGeoJson } from "./open-data"
import { schemaOrgNode } from "./open-data-rows"

describe("open data formats", () => {
  it("take the format from the extension, then Accept, then JSON", () => {
    expect(negotiate("establishments.csv")).toEqual({ resource: "establishments", format: "csv" })
    expect(negotiate("deals", "application/geo+json")).toEqual({ resource: "deals", format: "geojson" })
    expect(negotiate("events", "text/html,*/*")).toEqual({ resource: "events", format: "json" })
    expect(negotiate("establishments.jsonld")).toEqual({ resource: "establishments", format: "jsonld" })
    // One extension only: "establishments.json.csv" is no resource (it used to answer as JSON).
    expect(negotiate("establishments.json.csv")).toBeNull()
    expect(negotiate("establishments.")).toBeNull()
    expect(negotiate("events", "application/ld+json")).toEqual({ resource: "events", format: "jsonld" })
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

describe("schema.org", () => {
  it("describes an establishment as a LocalBusiness with its address and place, leaving out empty fields", () => {
    const node = schemaOrgNode("establishments", {
      id: "sel_1", name: "Fleurs", description: null, url: "https://x.test/lille/etablissements/fleurs", phone: "03 20 00 00 00", email: null,
      website: "", address: "1 rue Neuve", postal_code: "59000", city: "Lille", latitude: 50.6, longitude: 3.06,
    })
    expect(node).toMatchObject({ "@type": "LocalBusiness", name: "Fleurs", telephone: "03 20 00 00 00", address: { postalCode: "59000" }, geo: { latitude: 50.6 } })
    expect(node).not.toHaveProperty("email")
    expect(node).not.toHaveProperty("sameAs")
  })

  it("describes an event with its dates and a free entry", () => {
    const node = schemaOrgNode("events", { id: "evt_1", title: "Braderie", starts_at: "2026-09-05T06:00:00.000Z", ends_at: "2026-09-06T20:00:00.000Z", is_free: true, price: null, url: "u", address: "Lille", latitude: null, longitude: null })
    expect(node).toMatchObject({ "@type": "Event", name: "Braderie", startDate: "2026-09-05T06:00:00.000Z", isAccessibleForFree: true })
    expect(node).not.toHaveProperty("offers")
  })
})
