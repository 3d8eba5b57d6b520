import { describe, expect, it } from "vitest"
import { establishmentTemplate, readEstablishmentRow } from "./establishment-csv"
import { frenchTitle } from "./imported-establishment"
import { planImport } from "./import-plan"
import { kindOfActivity, readSireneRow } from "./sirene"

const sirene = (over: Record<string, string> = {}) => ({
  siret: "73282932000074",
  statutDiffusionEtablissement: "O",
  etatAdministratifEtablissement: "A",
  enseigne1Etablissement: "BOULANGERIE DU MARCHE",
  denominationUsuelleEtablissement: "",
  activitePrincipaleEtablissement: "10.71C",
  numeroVoieEtablissement: "12",
  indiceRepetitionEtablissement: "B",
  typeVoieEtablissement: "RUE",
  libelleVoieEtablissement: "DE LA MONNAIE",
  codePostalEtablissement: "59000",
  libelleCommuneEtablissement: "LILLE",
  codeCommuneEtablissement: "59350",
  coordonneeLambertAbscisseEtablissement: "704224.5",
  coordonneeLambertOrdonneeEtablissement: "7059720.1",
  ...over,
})

describe("SIRENE rows", () => {
  it("turn an active, public shop into an establishment with its address written out and its place", () => {
    const result = readSireneRow(sirene(), "59350")
    expect(result).toMatchObject({
      ok: { siret: "73282932000074", name: "Boulangerie du Marche", kind: "shop", categories: ["boulangerie-pâtisserie"], address_1: "12 bis rue de la Monnaie", city: "Lille" },
    })
    const { latitude, longitude } = (result as { ok: { latitude: number; longitude: number } }).ok
    expect(latitude).toBeGreaterThan(50.6)
    expect(latitude).toBeLessThan(50.7)
    expect(longitude).toBeGreaterThan(3.0)
    expect(longitude).toBeLessThan(3.15)
  })

  it("leave out closed, non-public and out-of-scope establishments, saying why", () => {
    expect(readSireneRow(sirene({ etatAdministratifEtablissement: "F" }), "59350")).toEqual({ skip: "établissement fermé" })
    expect(readSireneRow(sirene({ statutDiffusionEtablissement: "P" }), "59350")).toHaveProperty("skip")
    expect(readSireneRow(sirene({ activitePrincipaleEtablissement: "69.20Z" }), "59350")).toEqual({ skip: "activité hors du périmètre (NAF 69.20Z)" })
  })

  it("report lines that cannot be imported", () => {
    expect(readSireneRow(sirene({ siret: "123" }), "59350")).toHaveProperty("error")
    expect(readSireneRow(sirene({ codeCommuneEtablissement: "59512" }), "59350")).toHaveProperty("error")
    expect(readSireneRow(sirene({ enseigne1Etablissement: "" }), "59350")).toHaveProperty("error")
    expect(readSireneRow(sirene({ coordonneeLambertAbscisseEtablissement: "" }), "59350")).toHaveProperty("error")
  })

  it("map activities to kinds", () => {
    expect(kindOfActivity("56.10A")).toEqual({ kind: "restaurant", category: "restaurant" })
    expect(kindOfActivity("91.03Z")?.kind).toBe("heritage_site")
    expect(kindOfActivity("62.01Z")).toBeNull()
  })
})

describe("the establishment template", () => {
  it("reads its own example line", () => {
    const [header, example] = establishmentTemplate().replace(/^\ufeff/, "").trim().split("\r\n")
    const columns = header.split(";")
    const values = example.match(/("([^"]|"")*"|[^;]*)(;|$)/g)!.map((v) => v.replace(/;$/, "").replace(/^"|"$/g, ""))
    const row = Object.fromEntries(columns.map((c, i) => [c, values[i]]))
    expect(readEstablishmentRow(row)).toMatchObject({ ok: { external_id: "BOUL-001", kind: "shop", categories: ["boulangerie", "pâtisserie"] } })
  })

  it("gives every problem of a line at once", () => {
    const result = readEstablishmentRow({ reference: "X", nom: "", type: "banque", code_postal: "59", latitude: "abc" })
    expect((result as { error: string }).error.split(" ; ").length).toBeGreaterThanOrEqual(5)
  })

  it("writes SIRENE's capitals as people do", () => {
    expect(frenchTitle("RUE DES VIEUX-MURS")).toBe("Rue des Vieux-Murs")
  })
})

describe("the import plan", () => {
  const ok = (siret: string, name = "Chez Paul") => readSireneRow(sirene({ siret, enseigne1Etablissement: name }), "59350")
  const existing = { sirets: new Set(["73282932000074"]), references: new Set<string>(), handles: new Set(["chez-paul-lille"]), centre: { latitude: 50.6292, longitude: 3.0573 } }

  it("creates the new, leaves the present alone, and numbers handles that are taken", () => {
    const plan = planImport(
      [
        { line: 2, result: ok("73282932000074") },
        { line: 3, result: ok("44306184100047") },
        { line: 4, result: { skip: "établissement fermé" } },
        { line: 5, result: { error: "SIRET absent" } },
      ],
      existing
    )
    expect(plan.report).toEqual({
      lines: 4,
      to_create: 1,
      already_present: 1,
      skipped: [{ line: 4, reason: "établissement fermé" }],
      errors: [{ line: 5, message: "SIRET absent" }],
    })
    expect(plan.creates[0].handle).toBe("chez-paul-lille-2")
  })

  it("refuses the same establishment twice in a file", () => {
    const plan = planImport([{ line: 2, result: ok("44306184100047") }, { line: 3, result: ok("44306184100047") }], existing)
    expect(plan.report.errors).toEqual([{ line: 3, message: "SIRET 44306184100047 déjà présent plus haut dans le fichier" }])
  })
})
