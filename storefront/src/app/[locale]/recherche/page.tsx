import type { Metadata } from "next"
import { getPathname, Link } from "@/i18n/navigation"
import { DealCard, EstablishmentCard, EventCard, ProductCard } from "@/components/search/result-cards"
import { Facets } from "@/components/search/facets"
import { FiltersDisclosure } from "@/components/search/filters-disclosure"
import { ResultsMap, type MapPoint } from "@/components/search/results-map"
import { SearchBox } from "@/components/search/search-box"
import { searchBoxLabels } from "@/components/labels"
import { AudienceBeacon } from "@/components/audience-beacon"
import { SiteHeader } from "@/components/site-header"
import { listCommunes } from "@/lib/communes"
import { formatNumber, getDictionary } from "@/lib/i18n"
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries"
import { discover, type AnyHit, type DiscoverResult } from "@/lib/search/discover"
import { countFilters, GROUPS, GROUP_SLUGS, NO_FILTER, PAGE_SIZE, readSearchState, searchHref, type Group, type RawParams } from "@/lib/search/params"
import { productPath, vitrinePath } from "@/lib/paths"

// Results follow the catalogue: rendered per request.
export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<RawParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ t }, params] = await Promise.all([getDictionary(), searchParams])
  const { q } = readSearchState(params)
  // Result pages are not for search engines: the catalogue pages are.
  return { title: q ? t.search.metaTitle(q) : t.search.title, robots: { index: false, follow: true }, alternates: { canonical: "/recherche" } }
}

const hrefOf = (group: Group, hit: AnyHit): string => {
  const h = hit as AnyHit & { handle?: string; seller_handle?: string | null }
  if (group === "establishment") {
    return vitrinePath(hit.commune, h.handle ?? "")
  }
  if (group === "product") {
    return productPath(hit.commune, h.seller_handle ?? "", h.handle ?? "")
  }
  return h.seller_handle ? vitrinePath(hit.commune, h.seller_handle) : `/${hit.commune}`
}

export default async function SearchPage({ searchParams }: Props) {
  const [{ locale, t }, params, communes] = await Promise.all([getDictionary(), searchParams, listCommunes()])
  const state = readSearchState(params)
  const result: DiscoverResult | null = await discover(state).catch(() => null)
  const names = Object.fromEntries(communes.map((c) => [c.slug, c.name]))
  // "promo" asked for bons plans, "sortie en famille" for events: that group comes first.
  const first: Group | null = result?.intent?.deal && !result.intent.outing ? "deal" : result?.intent?.outing && !result.intent.deal ? "event" : null
  const shown = GROUPS.filter((group) => result?.groups[group]).sort((a, b) => Number(b === first) - Number(a === first))
  const total = shown.reduce((sum, group) => sum + (result?.groups[group]?.count ?? 0), 0)
  const approximate = shown.some((group) => result?.groups[group]?.approximate)
  const facetGroup = state.group ?? "establishment"
  const facets = result?.groups[facetGroup]?.facets ?? result?.groups[shown[0]]?.facets ?? {}
  const points: MapPoint[] = shown.flatMap((group) =>
    ((result?.groups[group]?.hits ?? []) as AnyHit[])
      .filter((hit) => typeof hit.latitude === "number" && typeof hit.longitude === "number")
      .map((hit) => ({
        id: `${group}-${hit.id}`,
        label: "name" in hit ? hit.name : hit.title,
        href: getPathname({ href: hrefOf(group, hit), locale }),
        latitude: hit.latitude as number,
        longitude: hit.longitude as number,
      }))
  )
  const activeFilters = countFilters(state)
  const current = state.group ? result?.groups[state.group] : undefined
  const pages = current ? Math.ceil(current.count / PAGE_SIZE) : 0

  return (
    <>
      <SiteHeader t={t} />
      {state.q && state.page <= 1 && (
        <AudienceBeacon payload={JSON.stringify({ type: "search", q: state.q, ...(state.commune.length === 1 ? { commune: state.commune[0] } : {}) })} />
      )}
      <main id="contenu" tabIndex={-1} className="search-page">
        <h1>{t.search.title}</h1>
        <form action={getPathname({ href: "/recherche", locale })} method="get" role="search" className="search">
          <SearchBox
            defaultValue={state.q}
            labels={searchBoxLabels(t)}
          />
          {state.group && <input type="hidden" name="type" value={GROUP_SLUGS[state.group]} />}
          {state.view === "carte" && <input type="hidden" name="vue" value="carte" />}
          {state.near && <input type="hidden" name="near" value={state.near} />}
          <div className="search__layout">
            <aside className="search__filters" aria-labelledby="filtres">
              <h2 id="filtres" className="visually-hidden">
                {t.search.filters}
              </h2>
              <FiltersDisclosure summary={activeFilters ? `${t.search.filters} (${activeFilters})` : t.search.filters}>
                <Facets state={state} facets={facets} t={t} names={names} />
                <p className="search__actions">
                  <button type="submit">{t.search.apply}</button>{" "}
                  <Link href={searchHref({ ...state, ...NO_FILTER })}>{t.search.reset}</Link>
                </p>
              </FiltersDisclosure>
            </aside>
            <div className="search__results">
              <nav aria-label={t.search.groupsNav} className="search__tabs">
                <ul>
                  <li>
                    <Link href={searchHref(state, { group: null })} aria-current={state.group === null ? "page" : undefined}>
                      {t.search.all}
                    </Link>
                  </li>
                  {GROUPS.map((group) => (
                    <li key={group}>
                      <Link href={searchHref(state, { group })} aria-current={state.group === group ? "page" : undefined}>
                        {t.search.groups[group]}
                        {!state.group && result?.groups[group] ? ` (${formatNumber(result.groups[group]!.count, locale)})` : ""}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              <p role="status" className="search__summary">
                {!result ? t.search.unavailable : total === 0 ? t.search.none : t.search.summary(total, state.q)}
              </p>
              {result?.intent && total > 0 && (
                <p className="search__notice">{result.intent.deal && !result.intent.outing ? t.search.dealIntent : t.search.outingIntent}</p>
              )}
              {approximate && (
                <p className="search__notice">
                  {result?.corrected_q ? t.search.corrected(result.corrected_q) : result?.partial_match ? t.search.partialMatch : t.search.approximate}
                </p>
              )}
              {result && total > 0 && (
                <nav aria-label={t.search.viewNav} className="search__views">
                  <Link href={searchHref(state, { view: "liste", page: state.page })} aria-current={state.view === "liste" ? "page" : undefined}>
                    {t.search.list}
                  </Link>
                  <Link href={searchHref(state, { view: "carte", page: state.page })} aria-current={state.view === "carte" ? "page" : undefined}>
                    {t.search.map}
                  </Link>
                </nav>
              )}
              {state.view === "carte" && points.length > 0 && (
                <ResultsMap
                  points={points}
                  labels={{ title: t.search.mapTitle, unavailable: t.search.mapUnavailable, marker: t.search.markerOf("{name}") }}
                />
              )}
              {shown.map((group) => {
                const data = result!.groups[group]!
                if (!data.count) return null
                return (
                  <section key={group} aria-labelledby={`groupe-${group}`} className="search__group">
                    <h2 id={`groupe-${group}`}>
                      {t.search.groups[group]} <span className="search__count">({formatNumber(data.count, locale)})</span>
                    </h2>
                    <ul className="results">
                      {groupCards(result!.groups, group, { t, locale })}
                    </ul>
                    {!state.group && data.count > data.hits.length && (
                      <p>
                        <Link href={searchHref(state, { group })}>{t.search.seeAll(`${t.search.groups[group]} (${formatNumber(data.count, locale)})`)}</Link>
                      </p>
                    )}
                  </section>
                )
              })}
              {pages > 1 && (
                <nav aria-label={t.search.pages} className="search__pages">
                  {state.page > 1 && <Link href={searchHref(state, { page: state.page - 1 })}>{t.search.previous}</Link>}
                  <span>{t.search.pageOf(`${state.page} / ${pages}`)}</span>
                  {state.page < pages && <Link href={searchHref(state, { page: state.page + 1 })}>{t.search.next}</Link>}
                </nav>
              )}
            </div>
          </div>
        </form>
      </main>
    </>
  )
}

/** A group's hits as cards: each group's hits have their own type and card. */
function groupCards(groups: DiscoverResult["groups"], group: Group, props: { t: Dictionary; locale: Locale }) {
  switch (group) {
    case "establishment":
      return groups.establishment?.hits.map((hit) => <EstablishmentCard key={hit.id} hit={hit} {...props} />)
    case "product":
      return groups.product?.hits.map((hit) => <ProductCard key={hit.id} hit={hit} {...props} />)
    case "deal":
      return groups.deal?.hits.map((hit) => <DealCard key={hit.id} hit={hit} {...props} />)
    case "event":
      return groups.event?.hits.map((hit) => <EventCard key={hit.id} hit={hit} {...props} />)
  }
}
