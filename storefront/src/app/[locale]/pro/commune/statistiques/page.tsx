import type { Metadata } from "next"
import { ProHeader } from "@/components/pro/pro-header"
import { StatsSummary } from "@/components/pro/stats-summary"
import { getDictionary } from "@/lib/i18n"
import { formatNumber } from "@/lib/i18n/dictionaries"
import { requirePro } from "@/lib/pro/session"
import { communeStatistics } from "@/lib/pro/statistics"
import { TableRegion } from "@/components/table-region"

export const dynamic = "force-dynamic"

type AgentMe = { agent: { commune: { name: string } } }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.steer.statistics, robots: { index: false } }
}

/** A commune agent's figures for its commune: audience, searches, bons plans, reservations and orders. */
export default async function CommuneStatistics() {
  const [{ locale, t }, { me }] = await Promise.all([getDictionary(), requirePro<AgentMe>("agent")])
  const summary = await communeStatistics()
  return (
    <>
      <ProHeader t={t} actor="agent" />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.steer.statisticsOf(me.agent.commune.name)}</h1>
        <p>{t.steer.statisticsIntro}</p>
        <p>{t.steer.activeEstablishments(summary.active_establishments)}</p>
        <StatsSummary t={t} locale={locale} summary={summary} chart="vitrine_view" />
        <section aria-labelledby="bilan">
          <h2 id="bilan">{t.steer.report}</h2>
          <p>{t.steer.reportIntro}</p>
          <ul className="pro-links">
            <li>
              <a href="/pro/commune/bilan/pdf">{t.steer.reportPdf(t.steer.last30)}</a>
            </li>
            <li>
              <a href="/pro/commune/bilan/csv">{t.steer.reportCsv(t.steer.last30)}</a>
            </li>
            <li>
              <a href={`/pro/commune/bilan/pdf?from=${summary.to.slice(0, 4)}-01-01&to=${summary.to}`}>
                {t.steer.reportPdf(t.steer.thisYear(Number(summary.to.slice(0, 4))))}
              </a>
            </li>
          </ul>
        </section>
        <section aria-labelledby="recherches">
          <h2 id="recherches">{t.steer.topSearches}</h2>
          {summary.top_searches.length === 0 ? (
            <p>{t.steer.noSearches}</p>
          ) : (
            <TableRegion caption={t.steer.topSearches}>
              <thead>
                <tr>
                  <th scope="col">{t.steer.term}</th>
                  <th scope="col" className="number">{t.steer.count}</th>
                </tr>
              </thead>
              <tbody>
                {summary.top_searches.map((s) => (
                  <tr key={s.term}>
                    <th scope="row">{s.term}</th>
                    <td className="number">{formatNumber(s.count, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          )}
        </section>
      </main>
    </>
  )
}
