/** Links to OpenStreetMap for a place: the map and the way there open elsewhere, the vitrine stays light. */
const coords = (latitude: number, longitude: number) => [latitude.toFixed(5), longitude.toFixed(5)]

/** The place on OpenStreetMap's map, with a marker. */
export function mapUrl(latitude: number, longitude: number): string {
  const [lat, lon] = coords(latitude, longitude)
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=18/${lat}/${lon}`
}

/** A route to the place, planned by OpenStreetMap from wherever the visitor is. */
export function directionsUrl(latitude: number, longitude: number): string {
  const [lat, lon] = coords(latitude, longitude)
  return `https://www.openstreetmap.org/directions?to=${lat}%2C${lon}`
}
