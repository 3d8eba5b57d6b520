import { writeCsvRecords } from "@enjoy/kernel"
import { createHash } from "node:crypto"

export const LICENCE = {
  name: "Licence Ouverte / Open Licence version 2.0 (Etalab)",
  url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
}

export const OPEN_DATA_RESOURCES = ["establishments", "deals", "events"] as const
export type OpenDataResource = (typeof OPEN_DATA_RESOURCES)[number]
export const OPEN_DATA_FORMATS = ["json", "geojson", "csv", "jsonld"] as const
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number]

/**
 * The resource and format of `/opendata/communes/:slug/:resource`: the
 * extension wins (`establishments.csv`), then the Accept header, then JSON.
 */
export function negotiate(resource: string, accept = ""): { resource: OpenDataResource; format: OpenDataFormat } | null {
  const [name, extension, ...more] = resource.split(".")
  if (!OPEN_DATA_RESOURCES.includes(name as OpenDataResource) || more.length) {
    return null
  }
  if (extension !== undefined) {
    return OPEN_DATA_FORMATS.includes(extension as OpenDataFormat)
      ? { resource: name as OpenDataResource, format: extension as OpenDataFormat }
      : null
  }
  const format = accept.includes("application/geo+json")
    ? "geojson"
    : accept.includes("text/csv")
      ? "csv"
      : accept.includes("application/ld+json")
        ? "jsonld"
        : "json"
  return { resource: name as OpenDataResource, format }
}

/** A row of public fields; `latitude`/`longitude` place it on a map when present. */
export type OpenDataRow = Record<string, string | number | boolean | null> & { latitude?: number | null; longitude?: number | null }

/** A GeoJSON FeatureCollection (RFC 7946: longitude first); rows without coordinates have a null geometry. */
export function toGeoJson(rows: OpenDataRow[], meta: Record<string, unknown>) {
  return {
    type: "FeatureCollection",
    ...meta,
    features: rows.map(({ latitude, longitude, ...properties }) => ({
      type: "Feature",
      geometry: typeof latitude === "number" && typeof longitude === "number" ? { type: "Point", coordinates: [longitude, latitude] } : null,
      properties: { ...properties, latitude: latitude ?? null, longitude: longitude ?? null } as Record<string, unknown>,
    })),
  }
}

/** RFC 4180 CSV with a fixed header (the schema's field names), comma-separated, CRLF line ends. */
export function toCsv(rows: OpenDataRow[], columns: readonly string[]): string {
  return writeCsvRecords(columns, rows, "open-data")
}

/** A strong ETag of the representation: clients re-asking with If-None-Match get a 304 while nothing changed. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`
}

/** True when an If-None-Match header names this ETag (or is `*`). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) {
    return false
  }
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim().replace(/^W\//, "")
    return t === "*" || t === etag
  })
}
