import { stringify } from "csv-stringify/sync"

type Cell = string | number | null | undefined

/**
 * Two CSV dialects, one writer (csv-stringify) so quoting is never written by hand:
 * - `open-data`: RFC 4180, commas, what data portals and scripts expect;
 * - `spreadsheet`: semicolons and a BOM, what French spreadsheets open without asking.
 * Both end lines with CRLF, and a cell is quoted only when it must be.
 */
export type CsvDialect = "open-data" | "spreadsheet"

export function writeCsv(header: readonly string[], rows: readonly (readonly Cell[])[], dialect: CsvDialect): string {
  const body = stringify([header, ...rows] as Cell[][], {
    delimiter: dialect === "spreadsheet" ? ";" : ",",
    record_delimiter: "\r\n",
    // A line break of either kind inside a cell is quoted, not only the CRLF that ends records.
    quoted_match: /[\r\n]/,
    cast: { number: (value) => String(value) },
  })
  return dialect === "spreadsheet" ? `\uFEFF${body}` : body
}

/** Rows of objects written in the order of a fixed header (open data: the schema's field names). */
export function writeCsvRecords(
  columns: readonly string[],
  records: readonly Record<string, Cell | boolean>[],
  dialect: CsvDialect
): string {
  return writeCsv(
    columns,
    records.map((record) => columns.map((column) => {
      const value = record[column]
      return typeof value === "boolean" ? String(value) : value
    })),
    dialect
  )
}
