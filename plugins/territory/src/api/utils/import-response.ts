import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export type ImportReport = { lines: number; to_create: number; already_present: number; skipped: unknown[]; errors: unknown[] }
export type ImportOutcome = { status: number; body: Record<string, unknown> }

/** The end of every import: the dry run's report, a refusal while any line is wrong (nothing written), or the commit. */
export async function importOutcome(report: ImportReport, commit: boolean, write: () => Promise<number>): Promise<ImportOutcome> {
  if (!commit) {
    return { status: 200, body: { import: { ...report, committed: false, created: 0 } } }
  }
  if (report.errors.length) {
    return {
      status: 422,
      body: {
        type: "invalid_data",
        message: `${report.errors.length} ligne(s) en erreur : rien n'a été importé. Corrigez le fichier et recommencez.`,
        import: { ...report, committed: false, created: 0 },
      },
    }
  }
  const created = await write()
  return { status: created ? 201 : 200, body: { import: { ...report, committed: true, created } } }
}

const STATUS: Record<string, number> = {
  [MedusaError.Types.INVALID_DATA]: 400,
  [MedusaError.Types.NOT_FOUND]: 404,
  [MedusaError.Types.NOT_ALLOWED]: 400,
  [MedusaError.Types.UNAUTHORIZED]: 401,
}

/**
 * Sends an import's outcome. A client asking for `application/x-ndjson` gets
 * a line `{"progress":{"rows":N}}` as the file is read (a large SIRENE extract
 * takes a while), then the outcome as the last line, `status` inside; the
 * others get the outcome as one JSON response.
 */
export async function sendImport(req: MedusaRequest, res: MedusaResponse, run: (onProgress: (rows: number) => void) => Promise<ImportOutcome>) {
  if (!req.get("accept")?.includes("application/x-ndjson")) {
    const { status, body } = await run(() => undefined)
    res.status(status).json(body)
    return
  }
  res.status(200)
  res.setHeader("Content-Type", "application/x-ndjson; charset=utf-8")
  res.setHeader("Cache-Control", "no-store")
  res.flushHeaders()
  const line = (value: unknown) => res.write(JSON.stringify(value) + "\n")
  try {
    const { status, body } = await run((rows) => line({ progress: { rows } }))
    line({ status, ...body })
  } catch (error) {
    const known = error instanceof MedusaError
    line({ status: known ? (STATUS[error.type] ?? 400) : 500, message: known ? error.message : "L'import a échoué : réessayez plus tard." })
  }
  res.end()
}
