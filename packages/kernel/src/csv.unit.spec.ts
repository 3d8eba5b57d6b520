import { describe, expect, it } from "vitest"
import { writeCsv, writeCsvRecords } from "./csv"

describe("writeCsv", () => {
  it("writes open data as RFC 4180: commas, CRLF, quotes only where needed", () => {
    expect(writeCsv(["nom", "note"], [["Le Fournil", 'dit "le meilleur", vraiment'], ["Brûlerie", null]], "open-data")).toBe(
      'nom,note\r\nLe Fournil,"dit ""le meilleur"", vraiment"\r\nBrûlerie,\r\n'
    )
  })

  it("writes spreadsheets with semicolons and a BOM, quoting a cell that holds one", () => {
    const csv = writeCsv(["commune", "part"], [["Lille; centre", 12.5]], "spreadsheet")
    expect(csv.startsWith("\uFEFF")).toBe(true)
    expect(csv.slice(1)).toBe('commune;part\r\n"Lille; centre";12.5\r\n')
  })

  it("quotes a line break inside a cell rather than starting a new row", () => {
    expect(writeCsv(["a"], [["ligne 1\nligne 2"]], "open-data")).toBe('a\r\n"ligne 1\nligne 2"\r\n')
  })

  it("writes records in the header's order, booleans as words", () => {
    expect(writeCsvRecords(["b", "a"], [{ a: 1, b: true }], "open-data")).toBe("b,a\r\ntrue,1\r\n")
  })
})
