import { describe, expect, it } from "vitest"
import { distanceKm, isNearCommune } from "./geo"

const lille = { latitude: 50.6292, longitude: 3.0573 }
const roubaix = { latitude: 50.6942, longitude: 3.1746 }

describe("geo", () => {
  it("measures Lille–Roubaix at about 11 km", () => {
    expect(distanceKm(lille, roubaix)).toBeGreaterThan(10.5)
    expect(distanceKm(lille, roubaix)).toBeLessThan(11.5)
    expect(distanceKm(lille, lille)).toBe(0)
  })

  it("accepts a shop in its commune and refuses swapped coordinates", () => {
    expect(isNearCommune({ latitude: 50.637, longitude: 3.063 }, lille)).toBe(true)
    expect(isNearCommune({ latitude: 3.0573, longitude: 50.6292 }, lille)).toBe(false)
  })
})
