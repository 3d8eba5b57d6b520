import { describe, expect, it } from "vitest"
import { byWeek, reportCsv, type ActivityReport } from "./report"
import { summarize } from "./summary"

const report: ActivityReport = {
  commune: { name: "Lille", insee_code: "59350" },
  summary: summarize(
    [
      { day: "2026-11-23", kind: "vitrine_view", count: 4, amount: 0 },
      { day: "2026-11-24", kind: "order", count: 1, amount: 12.5 },
    ],
    "2026-11-23",
    "2026-11-24"
  ),
  active_establishments: 12,
  establishments: [{ name: 'Café "Le Coin"; Lille', vitrine_view: 4, tag_scan: 1 }],
  cost_share: null,
}

describe("activity report", () => {
  it("writes a semicolon CSV with a BOM, a line per indicator and day, totals and establishments", () => {
    const csv = reportCsv(report)
    expect(csv.startsWith("\ufeffsection;indicateur;jour;nombre;montant_euros\r\n")).toBe(true)
    expect(csv).toContain("jour;Vues des vitrines;2026-11-23;4;\r\n")
    expect(csv).toContain("total;Commandes;2026-11-23/2026-11-24;1;12.5\r\n")
    expect(csv).toContain("total;Établissements ouverts;2026-11-24;12;\r\n")
    expect(csv).toContain('établissement;"Café ""Le Coin""; Lille";vues;4;\r\n')
  })

  it("groups days into weeks starting on Monday", () => {
    expect(
      byWeek([
        { day: "2026-11-22", count: 1 },
        { day: "2026-11-23", count: 2 },
        { day: "2026-11-29", count: 3 },
        { day: "2026-11-30", count: 4 },
      ])
    ).toEqual([
      { week: "2026-11-16", count: 1 },
      { week: "2026-11-23", count: 5 },
      { week: "2026-11-30", count: 4 },
    ])
  })
})
