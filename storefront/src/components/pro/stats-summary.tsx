import type { Dictionary, Locale } from "@/lib/i18n/dictionaries"
import { formatNumber, formatPrice } from "@/lib/i18n/dictionaries"
import { formatDay } from "@/lib/i18n/dates"
import { INDICATORS, type StatSummary } from "@/lib/pro/statistics"
import { TableRegion } from "@/components/table-region"

type Props = { t: Dictionary; locale: Locale; summary: StatSummary; indicators?: readonly string[]; chart: string }

/**
 * A period's figures: one table of totals, and a day-by-day bar chart of one
 * indicator whose text alternative says what it shows.
 */
export function StatsSummary({ t, locale, summary, indicators = INDICATORS, chart }: Props) {
  const series = summary.days.map((d) => ({ day: d.day, value: d.counts[chart] ?? 0 }))
  const max = Math.max(1, ...series.map((s) => s.value))
  const peak = series.reduce((best, s) => (s.value > best.value ? s : best), series[0] ?? { day: summary.to, value: 0 })
  const total = series.reduce((sum, s) => sum + s.value, 0)
  const width = 600
  const barWidth = width / Math.max(1, series.length)
  return (
    <>
      <TableRegion caption={t.pro.period(formatDay(summary.from, locale), formatDay(summary.to, locale))}>
        <thead>
          <tr>
            <th scope="col">{t.steer.indicator}</th>
            <th scope="col" className="number">{t.steer.count}</th>
            <th scope="col" className="number">{t.steer.amount}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t.steer.indicators[kind]}</th>
              <td className="number">{formatNumber(summary.totals[kind]?.count ?? 0, locale)}</td>
              <td className="number">{summary.totals[kind]?.amount ? formatPrice(summary.totals[kind].amount, locale) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <figure className="stats-chart">
        <figcaption>{t.steer.chartTitle(t.steer.indicators[chart])}</figcaption>
        <svg viewBox={`0 0 ${width} 120`} role="img" aria-label={t.steer.chartSummary(total, peak.value, formatDay(peak.day, locale))}>
          {series.map((s, i) => {
            const height = (s.value / max) * 110
            return <rect key={s.day} x={i * barWidth + 1} y={115 - height} width={Math.max(1, barWidth - 2)} height={height} className="stats-chart__bar" />
          })}
          <line x1="0" y1="115" x2={width} y2="115" className="stats-chart__axis" />
        </svg>
      </figure>
    </>
  )
}
