import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { notFound } from "next/navigation"
import { EstablishmentList } from "@/components/establishment-list"
import { Highlights } from "@/components/home/highlights"
import { QuickSearch } from "@/components/home/quick-search"
import { SiteHeader } from "@/components/site-header"
import { listRunningDeals, listUpcomingOccurrences } from "@/lib/agenda"
import { getCommune } from "@/lib/communes"
import { formatNumber, staticDictionary } from "@/lib/i18n"
import { alternates, localizedUrl, openGraphLocale } from "@/lib/seo/alternates"
import { GROUP_SLUGS } from "@/lib/search/params"
import { listCommuneSellers } from "@/lib/sellers"
import { communeTheme } from "@/lib/theme"

// Rendered on a visitor's first request in each language, then served from cache until the backend
// drops its tags (or a minute passes); never at build time, so that the build does not need the backend.
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; commune: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ locale, t }, commune] = await Promise.all([staticDictionary(params), getCommune((await params).commune)])
  if (!commune) {
    notFound()
  }
  const path = `/${commune.slug}`
  return {
    title: t.portalOf(commune.name),
    alternates: alternates(path, locale),
    openGraph: { type: "website", locale: openGraphLocale(locale), url: localizedUrl(path, locale), title: t.portalOf(commune.name) },
  }
}

/** A commune's co-branded portal, in the commune's colours. */
export default async function CommunePortal({ params }: Props) {
  const [{ locale, t }, commune] = await Promise.all([
    staticDictionary(params),
    getCommune((await params).commune),
  ])
  if (!commune) {
    notFound()
  }
  const [{ sellers, count }, deals, events] = await Promise.all([
    listCommuneSellers(commune.slug),
    listRunningDeals(commune.slug),
    listUpcomingOccurrences(commune.slug),
  ])
  const theme = communeTheme(commune)

  return (
    <div className="portal" style={theme}>
      <SiteHeader t={t} commune={commune} />
      <main id="contenu" tabIndex={-1}>
        <section className="portal__banner">
          <p className="portal__kicker">{t.portalOf(commune.name)}</p>
          <h1>
            {t.welcomeTo} {commune.name}
          </h1>
          <p>{t.portalIntro}</p>
        </section>
        <QuickSearch t={t} locale={locale} commune={commune.slug} />
        <dl className="portal__facts">
          <div>
            <dt>{t.population}</dt>
            <dd>
              {formatNumber(commune.population, locale)} {t.inhabitants} ({commune.population_year})
            </dd>
          </div>
          <div>
            <dt>{t.postalCodes}</dt>
            <dd>{commune.postal_codes.join(", ")}</dd>
          </div>
        </dl>
        <section aria-labelledby="etablissements">
          <h2 id="etablissements">{t.establishmentsHeading}</h2>
          <EstablishmentList communeSlug={commune.slug} sellers={sellers} t={t} locale={locale} />
          {count > sellers.length && (
            // All of them, a page at a time, with the kind, "open now" and bon plan filters: the search page, scoped to the commune.
            <p className="portal__more">
              <Link className="button button--quiet" href={`/recherche?${new URLSearchParams({ commune: commune.slug, type: GROUP_SLUGS.establishment })}`}>
                {t.allEstablishmentsOf(formatNumber(count, locale), commune.name)}
              </Link>
            </p>
          )}
        </section>
        <Highlights deals={deals} events={events} t={t} locale={locale} commune={commune.slug} />
        <p>
          <Link href="/">{t.allCommunes}</Link>
        </p>
      </main>
    </div>
  )
}
