import { writeCsv } from "@enjoy/kernel"
import type { StatKind } from "./stat-kinds"
import { STAT_KINDS } from "./stat-kinds"
import type { StatSummary } from "./summary"

/** The indicators' names in the commune's report, in the order the report gives them. */
export const INDICATOR_LABELS: Record<StatKind, string> = {
  vitrine_view: "Vues des vitrines",
  search: "Recherches",
  tag_scan: "QR codes et NFC scannés",
  deal_claim: "Bons plans obtenus",
  deal_redemption: "Bons plans utilisés",
  reservation: "Réservations",
  order: "Commandes",
}

export type ActivityReport = {
  commune: { name: string; insee_code: string }
  summary: StatSummary
  active_establishments: number
  establishments: { name: string; vitrine_view: number; tag_scan: number }[]
  cost_share: { year: number; share: number; tier: string } | null
}


/**
 * The report as CSV for a spreadsheet (semicolons, as French spreadsheets
 * expect): one line per indicator and day, then the totals, then each
 * establishment's views and scans.
 */
export function reportCsv(report: ActivityReport): string {
  const lines: (string | number)[][] = []
  for (const kind of STAT_KINDS) {
    for (const day of report.summary.days) {
      lines.push(["jour", INDICATOR_LABELS[kind], day.day, day.counts[kind], ""])
    }
  }
  for (const kind of STAT_KINDS) {
    lines.push(["total", INDICATOR_LABELS[kind], `${report.summary.from}/${report.summary.to}`, report.summary.totals[kind].count, report.summary.totals[kind].amount])
  }
  lines.push(["total", "Établissements ouverts", report.summary.to, report.active_establishments, ""])
  for (const search of report.summary.top_searches) {
    lines.push(["recherche", search.term, "", search.count, ""])
  }
  for (const e of report.establishments) {
    lines.push(["établissement", e.name, "vues", e.vitrine_view, ""], ["établissement", e.name, "scans", e.tag_scan, ""])
  }
  return writeCsv(["section", "indicateur", "jour", "nombre", "montant_euros"], lines, "spreadsheet")
}

/** Weeks (Monday first) of a daily series: a chart of a month or a year stays readable. */
export function byWeek(days: { day: string; count: number }[]): { week: string; count: number }[] {
  const weeks = new Map<string, number>()
  for (const { day, count } of days) {
    const date = new Date(`${day}T00:00:00Z`)
    const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10)
    weeks.set(monday, (weeks.get(monday) ?? 0) + count)
  }
  return [...weeks].map(([week, count]) => ({ week, count }))
}
