import { parse } from "csv-parse"
import { MedusaError } from "@medusajs/framework/utils"
import type { Readable } from "node:stream"

const MAX_BYTES = 60 * 1024 * 1024
const MAX_ROWS = 200_000
const PROGRESS_EVERY = 2_000

/**
 * Reads a CSV upload as it arrives (a SIRENE extract runs to tens of
 * megabytes), comma- or semicolon-separated, with its header line; calls
 * `onRow` with each line's number as a spreadsheet shows it, and `onProgress`
 * every few thousand lines.
 */
export async function readCsv(
  body: Readable,
  onRow: (row: Record<string, string>, line: number) => void,
  onProgress: (rows: number) => void = () => undefined
): Promise<string[]> {
  let bytes = 0
  let header: string[] = []
  const parser = parse({
    columns: (names: string[]) => (header = names.map((n) => n.trim())),
    bom: true,
    delimiter: [",", ";"],
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
  })
  body.on("data", (chunk: Buffer) => {
    bytes += chunk.length
    if (bytes > MAX_BYTES) {
      body.destroy(new MedusaError(MedusaError.Types.INVALID_DATA, "Le fichier dépasse 60 Mo : découpez-le"))
    }
  })
  body.on("error", (error) => parser.destroy(error))
  body.pipe(parser)
  let rows = 0
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (++rows > MAX_ROWS) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Plus de ${MAX_ROWS} lignes : découpez le fichier`)
      }
      onRow(record, info.lines)
      if (rows % PROGRESS_EVERY === 0) {
        onProgress(rows)
      }
    }
  } catch (error) {
    if (error instanceof MedusaError) {
      throw error
    }
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Fichier CSV illisible : ${(error as Error).message}`)
  }
  return header
}
