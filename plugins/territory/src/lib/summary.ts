import type { StatKind } from "./stat-kinds"
import { STAT_KINDS } from "./stat-kinds"

type Line = { day: string; kind: StatKind; count: number; amount: number; detail?: string }

export type StatSummary = {
  from: string
  to: string
  totals: Record<StatKind, { count: number; amount: number }>
  /** One entry per day of the period, zeros included, for charts. */
  days: { day: string; counts: Record<StatKind, number> }[]
  top_searches: { term: string; count: number }[]
}

/** The days from `from` to `to` included (YYYY-MM-DD, calendar arithmetic in UTC to stay clear of DST). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = []
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10))
  }
  return days
}

const zeros = <T>(value: () => T) => Object.fromEntries(STAT_KINDS.map((k) => [k, value()])) as Record<StatKind, T>

/** A period's figures from its daily aggregate lines: totals per indicator, a daily series, the most searched terms. */
export function summarize(lines: Line[], from: string, to: string): StatSummary {
  const totals = zeros(() => ({ count: 0, amount: 0 }))
  const byDay = new Map(daysBetween(from, to).map((day) => [day, zeros(() => 0)]))
  const searches = new Map<string, number>()
  for (const line of lines) {
    if (line.detail) {
      searches.set(line.detail, (searches.get(line.detail) ?? 0) + line.count)
      continue
    }
    totals[line.kind].count += line.count
    totals[line.kind].amount = Math.round((totals[line.kind].amount + line.amount) * 100) / 100
    const day = byDay.get(line.day)
    if (day) {
      day[line.kind] += line.count
    }
  }
  return {
    from,
    to,
    totals,
    days: [...byDay].map(([day, counts]) => ({ day, counts })),
    top_searches: [...searches]
      .map(([term, count]) => ({ term, count }))
      .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term, "fr"))
      .slice(0, 20),
  }
}
