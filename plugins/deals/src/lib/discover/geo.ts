import type { Near } from "./params"

const EARTH_RADIUS_KM = 6371

export function distanceKm(a: Near, b: Near): number {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLng = rad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * The latitude/longitude box around a circle: a filter every engine can run on
 * plain numeric fields, which the exact distance then narrows to the circle.
 */
export function boundingBox(centre: Near, radiusKm: number) {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI)
  const dLng = dLat / Math.max(Math.cos((centre.latitude * Math.PI) / 180), 1e-6)
  return {
    latitude: { $gte: centre.latitude - dLat, $lte: centre.latitude + dLat },
    longitude: { $gte: centre.longitude - dLng, $lte: centre.longitude + dLng },
  }
}

type Located = Record<string, unknown>

/** Keeps what lies within the radius, each with its distance rounded to 10 m. */
export function withinRadius<T extends Located>(docs: T[], centre: Near, radiusKm: number): (T & { distance_km: number })[] {
  return docs
    .filter((doc) => typeof doc.latitude === "number" && typeof doc.longitude === "number")
    .map((doc) => ({
      ...doc,
      distance_km: Math.round(distanceKm(centre, { latitude: doc.latitude as number, longitude: doc.longitude as number }) * 100) / 100,
    }))
    .filter((doc) => doc.distance_km <= radiusKm)
}
