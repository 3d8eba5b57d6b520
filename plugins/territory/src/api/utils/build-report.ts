import { computeCostSplit, type CommuneForCostSplit } from "@enjoy/commune/modules/commune"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { reportCsv, type ActivityReport } from "../../lib/report"
import { fingerprint } from "../../lib/fingerprint"
import { REPORT_LAYOUT, reportPdf } from "../../lib/report-pdf"
import { period, readSummary } from "./read-summary"
import type { ReportQueryType } from "../validators"
import { sendStoredDocument } from "./send-stored-document"

/** Everything the commune's report says for the period asked. */
async function buildReport(req: MedusaRequest, communeId: string, query: ReportQueryType): Promise<ActivityReport> {
  const graph = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [commune],
  } = await graph.graph({
    entity: "commune",
    fields: ["id", "name", "insee_code", "population", "status", "convention_start", "convention_end", "sellers.id", "sellers.name", "sellers.status"],
    filters: { id: communeId },
  })
  if (!commune) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commune with id: ${communeId} was not found`)
  }
  const range = period(query)
  const summary = await readSummary(graph, { commune_id: communeId, seller_id: "" }, range)
  const { data: perSeller } = await graph.graph({
    entity: "territory_stat_daily",
    fields: ["seller_id", "kind", "count"],
    filters: { commune_id: communeId, kind: ["vitrine_view", "tag_scan"], day: { $gte: range.from, $lte: range.to }, seller_id: { $ne: "" } },
  })
  const sellers = (commune.sellers ?? []) as { id: string; name: string; status: string }[]
  const establishments = sellers
    .map((s) => {
      const lines = perSeller.filter((l) => l.seller_id === s.id)
      const sum = (kind: string) => lines.filter((l) => l.kind === kind).reduce((n, l) => n + l.count, 0)
      return { name: s.name, vitrine_view: sum("vitrine_view"), tag_scan: sum("tag_scan") }
    })
    .filter((e) => e.vitrine_view + e.tag_scan > 0)
    .sort((a, b) => b.vitrine_view - a.vitrine_view || a.name.localeCompare(b.name, "fr"))
    .slice(0, 50)

  const year = Number(range.to.slice(0, 4))
  const tiers = req.scope.resolve<{ getCostTiers: () => Parameters<typeof computeCostSplit>[1] }>("commune").getCostTiers()
  const split = computeCostSplit(
    [{ ...commune, convention_start: new Date(commune.convention_start), convention_end: commune.convention_end ? new Date(commune.convention_end) : null } as CommuneForCostSplit],
    tiers,
    year
  )
  const share = split.shares[0]
  return {
    commune: { name: commune.name, insee_code: commune.insee_code },
    summary,
    active_establishments: sellers.filter((s) => s.status === "open").length,
    establishments,
    cost_share: share ? { year, share: share.share, tier: share.tier } : null,
  }
}

/** Sends a commune's activity report as JSON, or as a CSV or PDF file kept in the file store. */
export async function sendReport(req: MedusaRequest, res: MedusaResponse, communeId: string) {
  const query = req.validatedQuery as ReportQueryType
  const report = await buildReport(req, communeId, query)
  const name = `bilan-activite-${report.commune.insee_code}-${report.summary.from}-${report.summary.to}`
  if (query.format === "csv" || query.format === "pdf") {
    const pdf = query.format === "pdf"
    await sendStoredDocument(req, res, {
      key: `report:${query.format}:${communeId}:${report.summary.from}:${report.summary.to}`,
      fingerprint: fingerprint(REPORT_LAYOUT, { format: query.format, report }),
      filename: `${name}.${query.format}`,
      mime_type: pdf ? "application/pdf" : "text/csv; charset=utf-8",
      access: "private",
      render: async () => (pdf ? reportPdf(report) : Buffer.from(reportCsv(report))),
    })
    return
  }
  res.json({ report })
}
