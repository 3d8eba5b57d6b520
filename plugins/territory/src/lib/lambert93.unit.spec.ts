import { describe, expect, it } from "vitest"
import { lambert93ToWgs84, wgs84ToLambert93 } from "./lambert93"

describe("Lambert-93", () => {
  it("puts the projection's origin at 46.5° N 3° E", () => {
    const { latitude, longitude } = lambert93ToWgs84(700_000, 6_600_000)
    expect(latitude).toBeCloseTo(46.5, 9)
    expect(longitude).toBeCloseTo(3, 9)
  })

  it("places Lille's Grand-Place in the metropole and round-trips to the centimetre", () => {
    const lille = { latitude: 50.6372, longitude: 3.0633 }
    const { x, y } = wgs84ToLambert93(lille.latitude, lille.longitude)
    // Lille sits near x ≈ 704 km, y ≈ 7 059 km in Lambert-93.
    expect(x).toBeGreaterThan(700_000)
    expect(x).toBeLessThan(710_000)
    expect(y).toBeGreaterThan(7_055_000)
    expect(y).toBeLessThan(7_065_000)
    const back = lambert93ToWgs84(x, y)
    expect(back.latitude).toBeCloseTo(lille.latitude, 7)
    expect(back.longitude).toBeCloseTo(lille.longitude, 7)
  })
})
