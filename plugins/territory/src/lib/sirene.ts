import { frenchTitle, type ImportedEstablishment, type RowResult } from "./imported-establishment"
import { lambert93ToWgs84 } from "./lambert93"

/** The columns of INSEE's "StockEtablissement" file that the import reads (the file has many more). */
export const SIRENE_COLUMNS = [
  "siret",
  "statutDiffusionEtablissement",
  "etatAdministratifEtablissement",
  "enseigne1Etablissement",
  "denominationUsuelleEtablissement",
  "activitePrincipaleEtablissement",
  "numeroVoieEtablissement",
  "indiceRepetitionEtablissement",
  "typeVoieEtablissement",
  "libelleVoieEtablissement",
  "codePostalEtablissement",
  "libelleCommuneEtablissement",
  "codeCommuneEtablissement",
  "coordonneeLambertAbscisseEtablissement",
  "coordonneeLambertOrdonneeEtablissement",
] as const

const STREET_TYPES: Record<string, string> = {
  RUE: "rue", AV: "avenue", BD: "boulevard", PL: "place", QUAI: "quai", CHE: "chemin", IMP: "impasse", ALL: "allée",
  RTE: "route", SQ: "square", CRS: "cours", PASS: "passage", PRV: "parvis", SEN: "sentier", VOIE: "voie", PARC: "parc",
}
const REPEAT: Record<string, string> = { B: "bis", T: "ter", Q: "quater" }

/** Which activities (NAF rév. 2) a local commerce platform lists, as what kind, under which category. */
export function kindOfActivity(naf: string): { kind: ImportedEstablishment["kind"]; category: string } | null {
  const code = naf.trim().toUpperCase()
  if (/^10\.71[BCD]$/.test(code) || code === "47.24Z") return { kind: "shop", category: "boulangerie-pâtisserie" }
  if (code === "47.22Z") return { kind: "shop", category: "boucherie" }
  if (code === "47.23Z") return { kind: "shop", category: "poissonnerie" }
  if (code === "47.21Z") return { kind: "shop", category: "primeur" }
  if (code === "47.25Z") return { kind: "shop", category: "caviste" }
  if (code === "47.61Z") return { kind: "shop", category: "librairie" }
  if (code === "47.76Z") return { kind: "shop", category: "fleuriste" }
  if (code === "47.71Z") return { kind: "shop", category: "vêtements" }
  if (code === "56.30Z") return { kind: "restaurant", category: "bar" }
  if (code.startsWith("56.")) return { kind: "restaurant", category: "restaurant" }
  if (code === "91.03Z") return { kind: "heritage_site", category: "patrimoine" }
  if (/^91\.0[12]Z$/.test(code) || /^90\.0[0-4]/.test(code)) return { kind: "cultural_site", category: "culture" }
  if (code.startsWith("47.8")) return { kind: "market", category: "marché" }
  if (code.startsWith("47.")) return { kind: "shop", category: "commerce" }
  if (/^(10|13|14|15|16|23|31|32)\./.test(code)) return { kind: "craft", category: "artisanat" }
  if (/^(95\.2|96\.0[24])/.test(code)) return { kind: "service", category: "service de proximité" }
  return null
}

/**
 * One line of a SIRENE extract for the commune `insee`: an active, publicly
 * listed shop, restaurant, craft or cultural place becomes an unclaimed
 * establishment; the rest is left out and says why.
 */
export function readSireneRow(row: Record<string, string>, insee: string): RowResult {
  const value = (column: string) => (row[column] ?? "").trim()
  const siret = value("siret").replace(/\s/g, "")
  if (!/^\d{14}$/.test(siret)) {
    return { error: `SIRET absent ou invalide (« ${value("siret")} »)` }
  }
  if (value("statutDiffusionEtablissement") && value("statutDiffusionEtablissement") !== "O") {
    return { skip: "non diffusible (la personne a demandé à ne pas figurer dans les données publiques)" }
  }
  if (value("etatAdministratifEtablissement") !== "A") {
    return { skip: "établissement fermé" }
  }
  if (value("codeCommuneEtablissement") !== insee) {
    return { error: `commune ${value("codeCommuneEtablissement") || "absente"} : ce fichier doit ne contenir que la commune ${insee}` }
  }
  const activity = kindOfActivity(value("activitePrincipaleEtablissement"))
  if (!activity) {
    return { skip: `activité hors du périmètre (NAF ${value("activitePrincipaleEtablissement") || "absente"})` }
  }
  const name = value("enseigne1Etablissement") || value("denominationUsuelleEtablissement")
  if (!name) {
    return { error: "ni enseigne ni dénomination usuelle : nom de l'établissement inconnu" }
  }
  const street = [
    value("numeroVoieEtablissement"),
    REPEAT[value("indiceRepetitionEtablissement")] ?? value("indiceRepetitionEtablissement").toLowerCase(),
    STREET_TYPES[value("typeVoieEtablissement")] ?? value("typeVoieEtablissement").toLowerCase(),
    frenchTitle(value("libelleVoieEtablissement"), true),
  ]
    .filter(Boolean)
    .join(" ")
  if (!street || !/^\d{5}$/.test(value("codePostalEtablissement"))) {
    return { error: "adresse ou code postal manquant" }
  }
  const place = readPlace(row)
  if (!place) {
    return { error: "coordonnées absentes (ni latitude/longitude ni Lambert-93)" }
  }
  return {
    ok: {
      siret,
      external_id: null,
      name: frenchTitle(name),
      kind: activity.kind,
      categories: [activity.category],
      description: null,
      address_1: street,
      postal_code: value("codePostalEtablissement"),
      city: frenchTitle(value("libelleCommuneEtablissement")),
      ...place,
      phone: null,
      email: null,
      website: null,
    },
  }
}

/** The geolocated extract (Etalab) has latitude/longitude; INSEE's own has Lambert-93 coordinates. */
function readPlace(row: Record<string, string>): { latitude: number; longitude: number } | null {
  const latitude = Number(row.latitude)
  const longitude = Number(row.longitude)
  if (row.latitude && row.longitude && Number.isFinite(latitude) && Number.isFinite(longitude)) {
    return { latitude, longitude }
  }
  const x = Number(row.coordonneeLambertAbscisseEtablissement)
  const y = Number(row.coordonneeLambertOrdonneeEtablissement)
  if (row.coordonneeLambertAbscisseEtablissement && Number.isFinite(x) && Number.isFinite(y) && x > 0 && y > 0) {
    const { latitude: lat, longitude: lon } = lambert93ToWgs84(x, y)
    return { latitude: Math.round(lat * 1e6) / 1e6, longitude: Math.round(lon * 1e6) / 1e6 }
  }
  return null
}
