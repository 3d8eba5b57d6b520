import PDFDocument from "pdfkit"
import { byWeek, INDICATOR_LABELS, type ActivityReport } from "./report"
import { STAT_KINDS } from "./stat-kinds"

// The PDF's standard fonts speak WinAnsi: French numbers' narrow no-break spaces become plain ones.
const winAnsi = (text: string) => text.replace(/[\u202f\u00a0]/g, " ")
const number = (n: number) => winAnsi(new Intl.NumberFormat("fr-FR").format(n))
const euros = (n: number) => winAnsi(new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(n))
const frenchDay = (day: string) => winAnsi(new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`)))

const INK = "#14213d"
const BAR = "#1f4e79"

/** A small bar chart of weekly counts, with its scale written, so that a printed report reads without colour. */
function chart(doc: PDFKit.PDFDocument, weeks: { week: string; count: number }[]) {
  const x0 = doc.page.margins.left
  const y0 = doc.y
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const height = 70
  const max = Math.max(1, ...weeks.map((w) => w.count))
  const bar = width / Math.max(1, weeks.length)
  weeks.forEach((w, i) => {
    const h = (w.count / max) * height
    doc.rect(x0 + i * bar + 2, y0 + height - h, Math.max(2, bar - 4), h).fill(BAR)
  })
  doc.moveTo(x0, y0 + height).lineTo(x0 + width, y0 + height).strokeColor(INK).lineWidth(0.5).stroke()
  doc.fillColor(INK).fontSize(8).text(`Par semaine, maximum ${number(max)}`, x0, y0 + height + 3)
  doc.moveDown(0.5)
}

/** A two-column table (label, value), breaking pages as needed. */
function table(doc: PDFKit.PDFDocument, rows: [string, string][]) {
  const x0 = doc.page.margins.left
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  doc.fontSize(9)
  for (const [label, value] of rows) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 20) {
      doc.addPage()
    }
    const y = doc.y
    doc.fillColor(INK).text(label, x0, y, { width: width * 0.7 })
    doc.text(value, x0 + width * 0.7, y, { width: width * 0.3, align: "right" })
    doc.moveDown(0.2)
  }
  doc.moveDown(0.6)
}

/**
 * The commune's "bilan d'activité" for a period: the figures, then per
 * indicator its total, a weekly chart and the table of its days, then the
 * establishments and the searches. Text stays text (searchable, readable by
 * a screen reader), charts are drawn.
 */
/** Names the report's layouts (PDF and CSV) in stored reports' fingerprints: change it with either. */
export const REPORT_LAYOUT = "report-2026-12"

export function reportPdf(report: ActivityReport): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: `Bilan d'activité — ${report.commune.name}`, Author: "Enjoy" }, lang: "fr-FR" } as PDFKit.PDFDocumentOptions)
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))))

  const { summary } = report
  doc.fillColor(INK).fontSize(20).text(`Bilan d'activité — ${report.commune.name}`)
  doc.fontSize(11).text(`Du ${frenchDay(summary.from)} au ${frenchDay(summary.to)} · code INSEE ${report.commune.insee_code}`)
  doc.text(`${number(report.active_establishments)} établissements ouverts sur le portail.`)
  if (report.cost_share) {
    doc.text(`Contribution ${report.cost_share.year} (${report.cost_share.tier}) : ${euros(report.cost_share.share)}.`)
  }
  doc.moveDown()
  doc.fontSize(14).text("Chiffres de la période")
  table(
    doc,
    STAT_KINDS.map((kind) => [
      INDICATOR_LABELS[kind],
      summary.totals[kind].amount ? `${number(summary.totals[kind].count)} · ${euros(summary.totals[kind].amount)}` : number(summary.totals[kind].count),
    ])
  )

  for (const kind of STAT_KINDS) {
    if (doc.y > doc.page.height - 250) {
      doc.addPage()
    }
    const days = summary.days.map((d) => ({ day: d.day, count: d.counts[kind] }))
    doc.fillColor(INK).fontSize(13).text(`${INDICATOR_LABELS[kind]} : ${number(summary.totals[kind].count)}`)
    doc.moveDown(0.3)
    chart(doc, byWeek(days))
    const active = days.filter((d) => d.count > 0)
    table(doc, active.length ? active.map((d) => [frenchDay(d.day), number(d.count)]) : [["Aucun sur la période", "0"]])
  }

  doc.addPage()
  doc.fontSize(14).text("Établissements les plus vus")
  table(doc, report.establishments.length ? report.establishments.map((e) => [e.name, `${number(e.vitrine_view)} vues · ${number(e.tag_scan)} scans`]) : [["Aucune vue sur la période", ""]])
  doc.fontSize(14).text("Recherches les plus fréquentes")
  table(doc, summary.top_searches.length ? summary.top_searches.map((s) => [s.term, number(s.count)]) : [["Aucune recherche comptée", ""]])
  doc.fontSize(8).fillColor(INK).text("Mesure d'audience sans cookie ni donnée personnelle (exemptée de consentement, CNIL). Données : Enjoy.")
  doc.end()
  return done
}
