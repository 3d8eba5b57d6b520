import type { Metadata } from "next"
import Link from "next/link"
import { Highlights } from "@/components/home/highlights"
import { QuickSearch } from "@/components/home/quick-search"
import { SiteHeader } from "@/components/site-header"
import { listRunningDeals, listUpcomingOccurrences } from "@/lib/agenda"
import { listCommunes } from "@/lib/communes"
import { formatNumber, getDictionary } from "@/lib/i18n"
import { absolute } from "@/lib/site"

// Rendered per request (with a cached fetch) so that the build never needs the backend.
export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return {
    alternates: { canonical: absolute("/") },
    openGraph: { type: "website", locale: "fr_FR", url: absolute("/"), title: "Enjoy", description: t.platformTagline },
  }
}

export default async function HomePage() {
  const [{ locale, t }, communes, deals, events] = await Promise.all([
    getDictionary(),
    listCommunes(),
    listRunningDeals(),
    listUpcomingOccurrences(),
  ])
  return (
    <>
      <SiteHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <section className="hero">
          <h1>{t.homeTitle}</h1>
          <p>{t.homeIntro}</p>
          <QuickSearch t={t} />
        </section>
        <section aria-labelledby="communes-title">
          <h2 id="communes-title">{t.communesHeading}</h2>
          {communes.length === 0 ? (
            <p>{t.noCommunes}</p>
          ) : (
            <ul className="commune-grid">
              {communes.map((commune) => (
                <li key={commune.id}>
                  <Link
                    href={`/${commune.slug}`}
                    className="commune-card"
                    style={{ borderTopColor: commune.primary_color }}
                  >
                    {commune.logo_url && (
                      <img src={commune.logo_url} alt="" width={40} height={45} />
                    )}
                    <span className="commune-card__name">{commune.name}</span>
                    <span className="commune-card__meta">
                      {formatNumber(commune.population, locale)} {t.inhabitants}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <Highlights deals={deals} events={events} t={t} locale={locale} />
      </main>
    </>
  )
}
