import { firstFreeHandle, isNearCommune } from "@enjoy/kernel"
import { handleBase, type ImportedEstablishment, type RowResult } from "./imported-establishment"

export type ImportReport = {
  lines: number
  to_create: number
  already_present: number
  skipped: { line: number; reason: string }[]
  errors: { line: number; message: string }[]
}

export type ImportPlan = { report: ImportReport; creates: (ImportedEstablishment & { handle: string; line: number })[] }

type Existing = {
  /** SIRET → establishment already in the commune (or anywhere: a SIRET is one establishment). */
  sirets: ReadonlySet<string>
  /** The importer's references already imported into this commune. */
  references: ReadonlySet<string>
  handles: ReadonlySet<string>
  centre: { latitude: number; longitude: number }
}

/**
 * What an import would do, line by line (line 1 is the header): create the
 * new establishments, leave those already present untouched (matched by SIRET
 * or reference, so a re-run creates nothing twice and never overwrites what a
 * merchant wrote since), skip what is out of scope, and list every error.
 */
export function planImport(rows: { line: number; result: RowResult }[], existing: Existing): ImportPlan {
  const report: ImportReport = { lines: rows.length, to_create: 0, already_present: 0, skipped: [], errors: [] }
  const creates: ImportPlan["creates"] = []
  const handles = new Set(existing.handles)
  const seenSirets = new Set<string>()
  const seenReferences = new Set<string>()
  for (const { line, result } of rows) {
    if ("error" in result) {
      report.errors.push({ line, message: result.error })
      continue
    }
    if ("skip" in result) {
      report.skipped.push({ line, reason: result.skip })
      continue
    }
    const e = result.ok
    if ((e.siret && seenSirets.has(e.siret)) || (e.external_id && seenReferences.has(e.external_id))) {
      report.errors.push({ line, message: `${e.siret ? `SIRET ${e.siret}` : `référence ${e.external_id}`} déjà présent plus haut dans le fichier` })
      continue
    }
    if (e.siret) seenSirets.add(e.siret)
    if (e.external_id) seenReferences.add(e.external_id)
    if ((e.siret && existing.sirets.has(e.siret)) || (e.external_id && existing.references.has(e.external_id))) {
      report.already_present += 1
      continue
    }
    if (!isNearCommune(e, existing.centre)) {
      report.errors.push({ line, message: "coordonnées trop loin de la commune" })
      continue
    }
    const handle = firstFreeHandle(handleBase(e.name, e.city), handles)
    handles.add(handle)
    creates.push({ ...e, handle, line })
  }
  report.to_create = creates.length
  return { report, creates }
}
