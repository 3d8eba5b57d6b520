import type { Metadata } from "next"
import { getPathname, Link } from "@/i18n/navigation"
import { CommuneFilter } from "@/components/agenda/commune-filter"
import { ClaimDeal } from "@/components/deals/claim-deal"
import { SiteHeader } from "@/components/site-header"
import { currentCustomer } from "@/lib/account"
import { listRunningDeals } from "@/lib/agenda"
import { listCommunes } from "@/lib/communes"
import { getDictionary } from "@/lib/i18n"
import { absolute } from "@/lib/site"
import { vitrinePath } from "@/lib/paths"
import { formatLastDay } from "@/lib/i18n/dates"

export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<{ commune?: string }> }

/** Narrowed to a commune, the title names it: a tab or a search result says which commune's list it is. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ t }, { commune }, communes] = await Promise.all([getDictionary(), searchParams, listCommunes()])
  const current = communes.find((c) => c.slug === commune)
  return {
    title: current ? t.deals.titleIn(current.name) : t.deals.title,
    alternates: { canonical: absolute(current ? `/bons-plans?commune=${current.slug}` : "/bons-plans") },
  }
}

/** The bons plans running now across the metropole, or in one commune. */
export default async function DealsPage({ searchParams }: Props) {
  const [{ locale, t }, { commune }, communes] = await Promise.all([getDictionary(), searchParams, listCommunes()])
  const current = communes.some((c) => c.slug === commune) ? commune : undefined
  const [deals, customer] = await Promise.all([listRunningDeals(current), currentCustomer()])
  const names = Object.fromEntries(communes.map((c) => [c.slug, c.name]))
  return (
    <>
      <SiteHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.deals.title}</h1>
        <p>{t.deals.intro}</p>
        <CommuneFilter action={getPathname({ href: "/bons-plans", locale })} communes={communes} current={current} labels={t.deals.filter} />
        {deals.length === 0 ? (
          <p role="status">{t.deals.none}</p>
        ) : (
          <ul className="results">
            {deals.map((deal) => (
              <li key={deal.id} className="result">
                <h2 className="result__title">{deal.title}</h2>
                {deal.description && <p>{deal.description}</p>}
                {deal.conditions && <p className="result__meta">{deal.conditions}</p>}
                <p className="result__meta">{t.search.until(formatLastDay(deal.ends_at, locale))}</p>
                {deal.seller?.commune && (
                  <p className="result__place">
                    <Link href={vitrinePath(deal.seller.commune.slug, deal.seller.handle)}>{deal.seller.name}</Link> —{" "}
                    {names[deal.seller.commune.slug] ?? deal.seller.commune.slug}
                  </p>
                )}
                <ClaimDeal
                  dealId={deal.id}
                  dealTitle={deal.title}
                  signedIn={!!customer}
                  labels={{
                    claim: t.account.claim,
                    email: t.account.claimEmail,
                    claimed: t.account.claimed,
                    qr: t.account.qrOf("").trimEnd(),
                    seeAccount: t.account.claimedSeeAccount,
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  )
}
