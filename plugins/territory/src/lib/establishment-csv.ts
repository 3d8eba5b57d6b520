import { isValidSiret, writeCsv } from "@enjoy/kernel"
import type { ImportedEstablishment, RowResult } from "./imported-establishment"

/** The downloadable template's columns, in order. `reference` is the importer's own identifier (matched on re-import). */
export const ESTABLISHMENT_TEMPLATE_COLUMNS = [
  "reference",
  "siret",
  "nom",
  "type",
  "categories",
  "description",
  "adresse",
  "code_postal",
  "ville",
  "latitude",
  "longitude",
  "telephone",
  "email",
  "site_web",
] as const

const KINDS: Record<string, ImportedEstablishment["kind"]> = {
  commerce: "shop", restaurant: "restaurant", artisan: "craft", marche: "market", marché: "market",
  service: "service", culture: "cultural_site", patrimoine: "heritage_site",
}

/** The template with one example line, semicolon-separated as French spreadsheets save it. */
export function establishmentTemplate(): string {
  const example = [
    "BOUL-001", "73282932000074", "Boulangerie du Marché", "commerce", "boulangerie;pâtisserie", "Pains au levain et viennoiseries.",
    "12 rue de la Monnaie", "59000", "Lille", "50.6405", "3.0612", "03 20 00 00 00", "contact@boulangerie.test", "https://boulangerie.test",
  ]
  return writeCsv(ESTABLISHMENT_TEMPLATE_COLUMNS, [example], "spreadsheet")
}

/** One line of the template: every problem of the line in one message, so that it is fixed in one go. */
export function readEstablishmentRow(row: Record<string, string>): RowResult {
  const value = (column: string) => (row[column] ?? "").trim()
  const problems: string[] = []
  const siret = value("siret").replace(/\s/g, "") || null
  if (!value("reference") && !siret) problems.push("une référence ou un SIRET est nécessaire pour reconnaître la ligne à la prochaine importation")
  if (siret && !isValidSiret(siret)) problems.push(`SIRET invalide (« ${value("siret")} »)`)
  if (value("nom").length < 2) problems.push("nom manquant")
  const kind = KINDS[value("type").toLowerCase()]
  if (!kind) problems.push(`type « ${value("type")} » inconnu (commerce, restaurant, artisan, marché, service, culture ou patrimoine)`)
  if (!value("adresse")) problems.push("adresse manquante")
  if (!/^\d{5}$/.test(value("code_postal"))) problems.push(`code postal « ${value("code_postal")} » invalide`)
  if (!value("ville")) problems.push("ville manquante")
  const latitude = Number(value("latitude").replace(",", "."))
  const longitude = Number(value("longitude").replace(",", "."))
  if (!value("latitude") || !Number.isFinite(latitude) || Math.abs(latitude) > 90) problems.push("latitude invalide")
  if (!value("longitude") || !Number.isFinite(longitude) || Math.abs(longitude) > 180) problems.push("longitude invalide")
  if (value("email") && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value("email"))) problems.push(`e-mail « ${value("email")} » invalide`)
  if (value("site_web") && !/^https?:\/\/\S+$/.test(value("site_web"))) problems.push("site web à donner en adresse complète (https://…)")
  if (problems.length) {
    return { error: problems.join(" ; ") }
  }
  return {
    ok: {
      siret,
      external_id: value("reference") || null,
      name: value("nom"),
      kind: kind!,
      categories: value("categories").split(";").map((c) => c.trim()).filter(Boolean),
      description: value("description") || null,
      address_1: value("adresse"),
      postal_code: value("code_postal"),
      city: value("ville"),
      latitude,
      longitude,
      phone: value("telephone") || null,
      email: value("email") || null,
      website: value("site_web") || null,
    },
  }
}
