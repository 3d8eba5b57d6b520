import { writeCsv } from "@enjoy/kernel"
import type { RowResult as EstablishmentRowResult } from "./imported-establishment"

/** The products template's columns: `etablissement` is the establishment's SIRET or the reference it was imported with. */
export const PRODUCT_TEMPLATE_COLUMNS = ["etablissement", "titre", "prix", "stock", "sku", "description"] as const

export type ImportedProduct = { establishment: string; title: string; price: number; quantity: number; sku: string | null; description: string | null }
export type ProductRowResult = { ok: ImportedProduct } | Exclude<EstablishmentRowResult, { ok: unknown }>

export function productTemplate(): string {
  const example = ["BOUL-001", "Pain au levain 800 g", "4,20", "20", "PAIN-800", "Farine bio du Nord, levain naturel."]
  return writeCsv(PRODUCT_TEMPLATE_COLUMNS, [example], "spreadsheet")
}

/** A price as people type it in France: "4,20", "4.20", "4,20 €". */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/€|\s/g, "").replace(",", ".")
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) {
    return null
  }
  const value = Number(cleaned)
  return value > 0 && value <= 100_000 ? value : null
}

/** One line of the products template, every problem at once. */
export function readProductRow(row: Record<string, string>): ProductRowResult {
  const value = (column: string) => (row[column] ?? "").trim()
  const problems: string[] = []
  const price = parseEuros(value("prix"))
  const quantity = Number(value("stock"))
  if (!value("etablissement")) problems.push("établissement manquant (son SIRET ou sa référence d'import)")
  if (!value("titre")) problems.push("titre manquant")
  if (price === null) problems.push(`prix « ${value("prix")} » invalide (un montant positif, ex. 4,20)`)
  if (!/^\d+$/.test(value("stock")) || quantity > 1_000_000) problems.push(`stock « ${value("stock")} » invalide (un nombre entier)`)
  if (problems.length) {
    return { error: problems.join(" ; ") }
  }
  return {
    ok: {
      establishment: value("etablissement").replace(/\s/g, ""),
      title: value("titre").slice(0, 200),
      price: price!,
      quantity,
      sku: value("sku") || null,
      description: value("description") || null,
    },
  }
}

export type ProductPlan = {
  report: { lines: number; to_create: number; already_present: number; skipped: { line: number; reason: string }[]; errors: { line: number; message: string }[] }
  creates: (Omit<ImportedProduct, "establishment"> & { seller_id: string; line: number })[]
}

/**
 * What a products import would do: each line's establishment found by SIRET
 * or import reference among the commune's unclaimed ones (a merchant's shop is
 * the merchant's to fill); a product already there (same
 * SKU, or same title without SKU) is left alone, so re-runs add nothing.
 */
export function planProductImport(
  rows: { line: number; result: ProductRowResult }[],
  sellers: ReadonlyMap<string, string>,
  existing: ReadonlyMap<string, { titles: Set<string>; skus: Set<string> }>,
  /** Establishments a merchant runs: their products are theirs to add. */
  managed: ReadonlySet<string> = new Set()
): ProductPlan {
  const report: ProductPlan["report"] = { lines: rows.length, to_create: 0, already_present: 0, skipped: [], errors: [] }
  const creates: ProductPlan["creates"] = []
  const seen = new Set<string>()
  for (const { line, result } of rows) {
    if ("error" in result) {
      report.errors.push({ line, message: result.error })
      continue
    }
    if ("skip" in result) {
      report.skipped.push({ line, reason: result.skip })
      continue
    }
    const p = result.ok
    const sellerId = sellers.get(p.establishment)
    if (sellerId && managed.has(sellerId)) {
      report.errors.push({ line, message: `« ${p.establishment} » est géré par son commerçant : c'est à lui d'ajouter ses produits` })
      continue
    }
    if (!sellerId) {
      report.errors.push({ line, message: `aucun établissement de la commune avec le SIRET ou la référence « ${p.establishment} »` })
      continue
    }
    const key = `${sellerId}|${p.sku ? `sku:${p.sku}` : `titre:${p.title.toLowerCase()}`}`
    if (seen.has(key)) {
      report.errors.push({ line, message: "ce produit figure déjà plus haut dans le fichier" })
      continue
    }
    seen.add(key)
    const known = existing.get(sellerId)
    if (known && (p.sku ? known.skus.has(p.sku) : known.titles.has(p.title.toLowerCase()))) {
      report.already_present += 1
      continue
    }
    const { establishment: _e, ...product } = p
    creates.push({ ...product, seller_id: sellerId, line })
  }
  report.to_create = creates.length
  return { report, creates }
}
