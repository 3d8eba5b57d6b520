export type Point = { latitude: number; longitude: number }

const EARTH_RADIUS_KM = 6371

/** Great-circle distance (haversine), precise enough at a metropolis' scale. */
export function distanceKm(a: Point, b: Point): number {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLon = rad(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h))
}

/**
 * An establishment must stand near its commune's centre: the largest communes
 * of a metropolis span a few kilometres, so 15 km catches swapped or mistyped
 * coordinates without refusing real addresses.
 */
export const MAX_DISTANCE_FROM_COMMUNE_KM = 15

export function isNearCommune(point: Point, communeCentre: Point): boolean {
  return distanceKm(point, communeCentre) <= MAX_DISTANCE_FROM_COMMUNE_KM
}
