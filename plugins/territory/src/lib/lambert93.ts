/**
 * Lambert-93 (RGF93, EPSG:2154), the projection of SIRENE's coordinates, to
 * WGS 84 latitude/longitude (the ~1 m datum shift is negligible for a shop).
 * Lambert conformal conic, secant at 44° and 49° N, origin 46.5° N 3° E at
 * (700 000, 6 600 000), GRS 80 ellipsoid.
 */
const A = 6_378_137
const E = Math.sqrt(0.00669438002290)
const rad = (deg: number) => (deg * Math.PI) / 180
const deg = (r: number) => (r * 180) / Math.PI

const isometricLatitude = (phi: number) =>
  Math.log(Math.tan(Math.PI / 4 + phi / 2) * Math.pow((1 - E * Math.sin(phi)) / (1 + E * Math.sin(phi)), E / 2))
const m = (phi: number) => Math.cos(phi) / Math.sqrt(1 - E * E * Math.sin(phi) ** 2)

const PHI1 = rad(44)
const PHI2 = rad(49)
const N = Math.log(m(PHI2) / m(PHI1)) / (isometricLatitude(PHI1) - isometricLatitude(PHI2))
const C = (A * m(PHI1)) / (N * Math.exp(-N * isometricLatitude(PHI1)))
const X0 = 700_000
const Y0 = 6_600_000 + C * Math.exp(-N * isometricLatitude(rad(46.5)))
const LAMBDA0 = rad(3)

export function lambert93ToWgs84(x: number, y: number): { latitude: number; longitude: number } {
  const dx = x - X0
  const dy = Y0 - y
  const r = Math.hypot(dx, dy)
  const gamma = Math.atan2(dx, dy)
  const iso = -Math.log(r / C) / N
  let phi = 2 * Math.atan(Math.exp(iso)) - Math.PI / 2
  for (let i = 0; i < 10; i++) {
    phi = 2 * Math.atan(Math.pow((1 + E * Math.sin(phi)) / (1 - E * Math.sin(phi)), E / 2) * Math.exp(iso)) - Math.PI / 2
  }
  return { latitude: deg(phi), longitude: deg(LAMBDA0 + gamma / N) }
}

export function wgs84ToLambert93(latitude: number, longitude: number): { x: number; y: number } {
  const r = C * Math.exp(-N * isometricLatitude(rad(latitude)))
  const gamma = N * (rad(longitude) - LAMBDA0)
  return { x: X0 + r * Math.sin(gamma), y: Y0 - r * Math.cos(gamma) }
}
