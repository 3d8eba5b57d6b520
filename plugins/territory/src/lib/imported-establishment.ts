import { foldAccents } from "@enjoy/kernel"

/** An establishment read from an import file, before it is matched and written. */
export type ImportedEstablishment = {
  siret: string | null
  external_id: string | null
  name: string
  kind: "shop" | "restaurant" | "craft" | "market" | "service" | "cultural_site" | "heritage_site"
  categories: string[]
  description: string | null
  address_1: string
  postal_code: string
  city: string
  latitude: number
  longitude: number
  phone: string | null
  email: string | null
  website: string | null
}

/** What reading one line gave: an establishment, a line left out on purpose (with why), or an error to fix. */
export type RowResult = { ok: ImportedEstablishment } | { skip: string } | { error: string }

const SMALL = new Set(["de", "du", "des", "la", "le", "les", "l", "d", "et", "aux", "au", "à", "en", "sur", "sous"])

/**
 * "BOULANGERIE DU MARCHE" → "Boulangerie du Marche": SIRENE's capitals as
 * people write them. Inside an address (`inside`), a leading "de la" stays
 * small too: "rue de la Monnaie".
 */
export function frenchTitle(text: string, inside = false): string {
  return text
    .toLowerCase()
    .split(/(\s+|-|')/)
    .map((part, i) => ((i > 0 || inside) && SMALL.has(part) ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join("")
}

/** A readable, URL-safe handle from a name and a city. */
export function handleBase(name: string, city: string): string {
  return foldAccents(`${name} ${city}`)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
}
