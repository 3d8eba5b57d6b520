import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { Highlights } from "@/components/home/highlights"
import { QuickSearch } from "@/components/home/quick-search"
import { SiteHeader } from "@/components/site-header"
import { listRunningDeals, listUpcomingOccurrences } from "@/lib/agenda"
import { listCommunes } from "@/lib/communes"
import { formatNumber, staticDictionary } from "@/lib/i18n"
import { alternates, localizedUrl, openGraphLocale } from "@/lib/seo/alternates"

// Rendered on the first request in each language, then served from cache (see [commune]/page.tsx).
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await staticDictionary(params)
  return {
    alternates: alternates("/", locale),
    openGraph: { type: "website", locale: openGraphLocale(locale), url: localizedUrl("/", locale), title: "Enjoy", description: t.platformTagline },
  }
}

export default async function HomePage({ params }: Props) {
  const [{ locale, t }, communes, deals, events] = await Promise.all([
    staticDictionary(params),
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
          <QuickSearch t={t} locale={locale} />
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
