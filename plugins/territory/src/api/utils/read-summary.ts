import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { parisDay } from "../../lib/aggregate"
import { summarize } from "../../lib/summary"
import type { StatsQueryType } from "../validators"

/** The period asked for, by default the last 30 days up to today (Paris days). */
export function period(query: StatsQueryType): { from: string; to: string } {
  const to = query.to ?? parisDay(new Date())
  const from = query.from ?? parisDay(new Date(Date.parse(`${to}T12:00:00Z`) - 29 * 86_400_000))
  return { from, to }
}

/** A period's summary from the daily aggregates matching `filters` (a commune's own lines, or one establishment's). */
export async function readSummary(query: Omit<RemoteQueryFunction, symbol>, filters: Record<string, unknown>, range: { from: string; to: string }) {
  const { data } = await query.graph({
    entity: "territory_stat_daily",
    fields: ["day", "kind", "count", "amount", "detail"],
    filters: { ...filters, day: { $gte: range.from, $lte: range.to } },
  })
  return summarize(data as Parameters<typeof summarize>[0], range.from, range.to)
}
