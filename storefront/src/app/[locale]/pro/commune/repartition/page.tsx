import type { Metadata } from "next"
import { ProHeader } from "@/components/pro/pro-header"
import { getDictionary } from "@/lib/i18n"
import { formatNumber, formatPrice } from "@/lib/i18n/dictionaries"
import { proFetch, requirePro } from "@/lib/pro/session"
import { TableRegion } from "@/components/table-region"

export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<{ annee?: string }> }
type AgentMe = { agent: { commune: { id: string; name: string } } }
type CostSplit = {
  year: number
  total: number
  shares: { commune_id: string; name: string; population: number; tier: string; months: number; share: number; share_percent: number }[]
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.steer.costSplit, robots: { index: false } }
}

/** The agent's view of the yearly cost split: every commune's share, its own highlighted, and the CSV. */
export default async function CostSplitPage({ searchParams }: Props) {
  const [{ locale, t }, { annee }, { me }] = await Promise.all([getDictionary(), searchParams, requirePro<AgentMe>("agent")])
  const thisYear = new Date().getFullYear()
  const year = /^\d{4}$/.test(annee ?? "") ? Number(annee) : thisYear
  const { cost_split: split } = await proFetch<{ cost_split: CostSplit }>("/commune/cost-split", { query: { year } })
  const own = me.agent.commune.id
  return (
    <>
      <ProHeader t={t} actor="agent" />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.steer.costSplitTitle(split.year)}</h1>
        <p>{t.steer.costSplitIntro}</p>
        <form method="get" className="product-edit">
          <p className="field">
            <label htmlFor="annee">{t.steer.year}</label>
            <select id="annee" name="annee" defaultValue={String(split.year)}>
              {[thisYear - 1, thisYear, thisYear + 1].map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </p>
          <button type="submit" className="button button--quiet">
            {t.steer.show}
          </button>
        </form>
        <TableRegion caption={t.steer.costSplitTitle(split.year)}>
          <thead>
            <tr>
              <th scope="col">{t.steer.commune}</th>
              <th scope="col" className="number">{t.steer.population}</th>
              <th scope="col">{t.steer.tier}</th>
              <th scope="col" className="number">{t.steer.months}</th>
              <th scope="col" className="number">{t.steer.share}</th>
              <th scope="col" className="number">{t.steer.sharePercent}</th>
            </tr>
          </thead>
          <tbody>
            {split.shares.map((s) => (
              <tr key={s.commune_id} data-own={s.commune_id === own}>
                <th scope="row">
                  {s.name}
                  {s.commune_id === own && ` (${t.steer.yours})`}
                </th>
                <td className="number">{formatNumber(s.population, locale)}</td>
                <td>{s.tier}</td>
                <td className="number">{s.months}</td>
                <td className="number">{formatPrice(s.share, locale)}</td>
                <td className="number">{formatNumber(s.share_percent, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.steer.total}</th>
              <td colSpan={3} />
              <td className="number">{formatPrice(split.total, locale)}</td>
              <td className="number">100</td>
            </tr>
          </tfoot>
        </TableRegion>
        <p>
          <a href={`/pro/commune/repartition/csv?annee=${split.year}`} download>
            {t.steer.downloadCsv(split.year)}
          </a>
        </p>
      </main>
    </>
  )
}
