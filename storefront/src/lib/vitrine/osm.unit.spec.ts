import { describe, expect, it } from "vitest"
import { directionsUrl, mapUrl } from "./osm"

describe("OpenStreetMap links", () => {
  it("point the map at the place, with a marker", () => {
    expect(mapUrl(50.6408, 3.0617)).toBe("https://www.openstreetmap.org/?mlat=50.64080&mlon=3.06170#map=18/50.64080/3.06170")
  })

  it("ask for a route to the coordinates", () => {
    expect(directionsUrl(50.6408, 3.0617)).toBe("https://www.openstreetmap.org/directions?to=50.64080%2C3.06170")
  })
})
