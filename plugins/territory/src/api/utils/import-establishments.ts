import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Readable } from "node:stream"
import { ESTABLISHMENT_TEMPLATE_COLUMNS, readEstablishmentRow } from "../../lib/establishment-csv"
import type { RowResult } from "../../lib/imported-establishment"
import { planImport } from "../../lib/import-plan"
import { readSireneRow, SIRENE_COLUMNS } from "../../lib/sirene"
import { importEstablishmentsWorkflow } from "../../workflows"
import type { ImportQueryType } from "../validators"
import { importOutcome, type ImportOutcome, sendImport } from "./import-response"
import { readCsv } from "./read-csv"

const REQUIRED: Record<ImportQueryType["source"], readonly string[]> = {
  sirene: SIRENE_COLUMNS.filter((c) => !c.startsWith("coordonnee")),
  modele: ESTABLISHMENT_TEMPLATE_COLUMNS,
}

/**
 * Imports establishments into a commune's directory from a SIRENE extract or
 * the platform's template. Without `commit=true` it is a dry run: the report
 * only. With it, any error line means nothing is written (fix the file and
 * send it again); otherwise every new establishment is created, unclaimed.
 */
export function importEstablishments(req: MedusaRequest, res: MedusaResponse, communeId: string) {
  return sendImport(req, res, (onProgress) => planAndImport(req, communeId, onProgress))
}

async function planAndImport(req: MedusaRequest, communeId: string, onProgress: (rows: number) => void): Promise<ImportOutcome> {
  const { source, commit } = req.validatedQuery as ImportQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [commune],
  } = await query.graph({
    entity: "commune",
    fields: ["id", "insee_code", "latitude", "longitude", "sellers.siret", "sellers.handle"],
    filters: { id: communeId },
  })
  if (!commune) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commune with id: ${communeId} was not found`)
  }

  const rows: { line: number; result: RowResult }[] = []
  const header = await readCsv(
    req as unknown as Readable,
    (row, line) => rows.push({ line, result: source === "sirene" ? readSireneRow(row, commune.insee_code) : readEstablishmentRow(row) }),
    onProgress
  )
  const missing = REQUIRED[source].filter((c) => !header.includes(c))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Colonnes manquantes pour un fichier ${source === "sirene" ? "SIRENE" : "au modèle"} : ${missing.join(", ")}`)
  }

  const sirets = rows.flatMap(({ result }) => ("ok" in result && result.ok.siret ? [result.ok.siret] : []))
  const { data: known } = sirets.length ? await query.graph({ entity: "seller", fields: ["siret", "handle"], filters: { siret: sirets } }) : { data: [] }
  const { data: refs } = await query.graph({ entity: "territory_import_ref", fields: ["reference"], filters: { commune_id: communeId } })
  const { data: handles } = await query.graph({ entity: "seller", fields: ["handle"] })
  const plan = planImport(rows, {
    sirets: new Set(known.map((s) => s.siret as string)),
    references: new Set(refs.map((r) => r.reference as string)),
    handles: new Set(handles.map((h) => h.handle as string)),
    centre: { latitude: commune.latitude, longitude: commune.longitude },
  })

  return importOutcome(plan.report, commit, async () => {
    const { result } = await importEstablishmentsWorkflow(req.scope).run({ input: { commune_id: communeId, creates: plan.creates } })
    return result.length
  })
}
