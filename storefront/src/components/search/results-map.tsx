"use client"

import { useEffect, useMemo, useState } from "react"

export type MapPoint = { id: string; label: string; href: string; latitude: number; longitude: number }

/** Plain strings only (server to client); `{name}` stands for the place's name. */
type Labels = { title: string; unavailable: string; marker: string }

const TILE = 256
const tileUrl = (z: number, x: number, y: number) => `https://tile.openstreetmap.org/${z}/${x}/${y}.png`

/** Web Mercator: longitude/latitude to pixels at zoom z. */
function project(latitude: number, longitude: number, z: number) {
  const scale = TILE * 2 ** z
  const sin = Math.sin((latitude * Math.PI) / 180)
  return { x: ((longitude + 180) / 360) * scale, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale }
}

/** The deepest zoom at which every point fits the frame. */
function fit(points: MapPoint[], width: number, height: number) {
  for (let z = 16; z > 3; z--) {
    const xs = points.map((p) => project(p.latitude, p.longitude, z))
    const spanX = Math.max(...xs.map((p) => p.x)) - Math.min(...xs.map((p) => p.x))
    const spanY = Math.max(...xs.map((p) => p.y)) - Math.min(...xs.map((p) => p.y))
    if (spanX < width - 60 && spanY < height - 60) return z
  }
  return 4
}

/**
 * A map of the results drawn from OpenStreetMap tiles. It adds to the list,
 * never replaces it: markers are links to the same pages, and when a tile
 * cannot load (offline, blocked) the map gives way to a notice and the list.
 */
export function ResultsMap({ points, labels }: { points: MapPoint[]; labels: Labels }) {
  const width = 720
  const height = 420
  const [failed, setFailed] = useState(false)
  const [loaded, setLoaded] = useState(0)

  const layout = useMemo(() => {
    if (!points.length) return null
    const z = fit(points, width, height)
    const projected = points.map((p) => ({ ...p, ...project(p.latitude, p.longitude, z) }))
    const cx = (Math.min(...projected.map((p) => p.x)) + Math.max(...projected.map((p) => p.x))) / 2
    const cy = (Math.min(...projected.map((p) => p.y)) + Math.max(...projected.map((p) => p.y))) / 2
    const left = cx - width / 2
    const top = cy - height / 2
    const tiles = []
    for (let tx = Math.floor(left / TILE); tx <= Math.floor((left + width) / TILE); tx++) {
      for (let ty = Math.floor(top / TILE); ty <= Math.floor((top + height) / TILE); ty++) {
        tiles.push({ key: `${tx}-${ty}`, src: tileUrl(z, tx, ty), x: tx * TILE - left, y: ty * TILE - top })
      }
    }
    return { tiles, markers: projected.map((p) => ({ ...p, x: p.x - left, y: p.y - top })) }
  }, [points])

  // Tiles that neither load nor fail (a silent network) also count as a failure after a while.
  useEffect(() => {
    const timer = setTimeout(() => setFailed((f) => f || loaded === 0), 6000)
    return () => clearTimeout(timer)
  }, [loaded])

  if (!layout) return null
  if (failed) {
    return (
      <p className="results-map__unavailable" role="status">
        {labels.unavailable}
      </p>
    )
  }
  return (
    <figure className="results-map" style={{ width, height }} aria-label={labels.title}>
      {layout.tiles.map((tile) => (
        <img
          key={tile.key}
          src={tile.src}
          alt=""
          width={TILE}
          height={TILE}
          className="results-map__tile"
          style={{ left: tile.x, top: tile.y }}
          onLoad={() => setLoaded((n) => n + 1)}
          onError={() => setFailed(true)}
        />
      ))}
      {layout.markers.map((marker) => (
        <a key={marker.id} href={marker.href} className="results-map__marker" style={{ left: marker.x, top: marker.y }} aria-label={labels.marker.replace("{name}", marker.label)}>
          <span aria-hidden="true">●</span>
        </a>
      ))}
      <figcaption className="visually-hidden">{labels.title}</figcaption>
    </figure>
  )
}
