import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Readable } from "node:stream"
import { planProductImport, PRODUCT_TEMPLATE_COLUMNS, readProductRow, type ProductRowResult } from "../../lib/product-csv"
import { importDirectoryProductsWorkflow } from "../../workflows"
import type { ProductImportQueryType } from "../validators"
import { agentCommuneId } from "./agent-commune"
import { importOutcome, type ImportOutcome, sendImport } from "./import-response"
import { readCsv } from "./read-csv"

/**
 * Imports products into the agent's commune's establishments from the
 * template. A dry run unless `commit=true`; nothing is written while a line is
 * wrong; products already there are left alone.
 */
export function importProducts(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  return sendImport(req, res, (onProgress) => planAndImport(req, onProgress))
}

async function planAndImport(req: AuthenticatedMedusaRequest, onProgress: (rows: number) => void): Promise<ImportOutcome> {
  const { commit } = req.validatedQuery as ProductImportQueryType
  const communeId = await agentCommuneId(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const rows: { line: number; result: ProductRowResult }[] = []
  const header = await readCsv(req as unknown as Readable, (row, line) => rows.push({ line, result: readProductRow(row) }), onProgress)
  const missing = PRODUCT_TEMPLATE_COLUMNS.filter((c) => c !== "sku" && c !== "description" && !header.includes(c))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Colonnes manquantes pour un fichier de produits : ${missing.join(", ")}`)
  }

  const {
    data: [commune],
  } = await query.graph({
    entity: "commune",
    fields: ["sellers.id", "sellers.siret", "sellers.members.id", "sellers.products.title", "sellers.products.variants.sku"],
    filters: { id: communeId },
  })
  const sellers = (commune?.sellers ?? []) as {
    id: string
    siret: string | null
    members?: unknown[]
    products?: { title: string; variants?: { sku: string | null }[] }[]
  }[]
  const { data: refs } = await query.graph({ entity: "territory_import_ref", fields: ["reference", "seller_id"], filters: { commune_id: communeId } })
  const keys = new Map<string, string>([
    ...sellers.filter((s) => s.siret).map((s) => [s.siret!, s.id] as [string, string]),
    ...refs.map((r) => [r.reference as string, r.seller_id as string] as [string, string]),
  ])
  const existing = new Map(
    sellers.map((s) => [
      s.id,
      {
        titles: new Set((s.products ?? []).map((p) => p.title.toLowerCase())),
        skus: new Set((s.products ?? []).flatMap((p) => (p.variants ?? []).map((v) => v.sku).filter((sku): sku is string => !!sku))),
      },
    ])
  )
  const managed = new Set(sellers.filter((s) => (s.members ?? []).length > 0).map((s) => s.id))
  const plan = planProductImport(rows, keys, existing, managed)
  return importOutcome(plan.report, commit, async () => {
    if (!plan.creates.length) return 0
    const { result } = await importDirectoryProductsWorkflow(req.scope).run({ input: { agent_id: req.auth_context.actor_id, creates: plan.creates } })
    return result.length
  })
}
