import type { Metadata } from "next"
import { getPathname, Link } from "@/i18n/navigation"
import { CommuneFilter } from "@/components/agenda/commune-filter"
import { SiteHeader } from "@/components/site-header"
import { listUpcomingOccurrences, type EventOccurrence } from "@/lib/agenda"
import { listCommunes } from "@/lib/communes"
import { formatPrice, getDictionary } from "@/lib/i18n"
import { absolute } from "@/lib/site"
import { vitrinePath } from "@/lib/paths"
import { eventJsonLd } from "@/lib/seo/commerce-json-ld"
import { jsonForScript } from "@/lib/seo/json-ld"

export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<{ commune?: string }> }

/** Narrowed to a commune, the title names it: a tab or a search result says which commune's list it is. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ t }, { commune }, communes] = await Promise.all([getDictionary(), searchParams, listCommunes()])
  const current = communes.find((c) => c.slug === commune)
  return {
    title: current ? t.agenda.titleIn(current.name) : t.agenda.title,
    alternates: { canonical: absolute(current ? `/agenda?commune=${current.slug}` : "/agenda") },
  }
}

const fmt = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { ...options, timeZone: "Europe/Paris" })

/** Occurrences grouped by their day in Paris time, days in order. */
function byDay(occurrences: EventOccurrence[], locale: string) {
  const days = new Map<string, EventOccurrence[]>()
  const label = fmt(locale, { weekday: "long", day: "numeric", month: "long" })
  for (const o of occurrences) {
    const key = label.format(new Date(o.starts_at))
    days.set(key, [...(days.get(key) ?? []), o])
  }
  return [...days]
}

/** What happens in the metropole over the next 30 days, day by day. */
export default async function AgendaPage({ searchParams }: Props) {
  const [{ locale, t }, { commune }, communes] = await Promise.all([getDictionary(), searchParams, listCommunes()])
  const current = communes.some((c) => c.slug === commune) ? commune : undefined
  const occurrences = await listUpcomingOccurrences(current)
  const time = fmt(locale, { hour: "2-digit", minute: "2-digit" })
  const slugOf = Object.fromEntries(communes.map((c) => [c.id, c.slug]))
  const nameOf = Object.fromEntries(communes.map((c) => [c.id, c.name]))
  return (
    <>
      {occurrences.length > 0 && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{
            __html: jsonForScript(
              occurrences.slice(0, 50).map((o) =>
                eventJsonLd(
                  { ...o, place: o.seller ? { name: o.seller.name, city: o.seller.city } : null },
                  absolute(`/agenda${current ? `?commune=${current}` : ""}`)
                )
              )
            ),
          }}
        />
      )}
      <SiteHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.agenda.title}</h1>
        <p>{t.agenda.intro}</p>
        <CommuneFilter action={getPathname({ href: "/agenda", locale })} communes={communes} current={current} labels={t.deals.filter} />
        {occurrences.length === 0 ? (
          <p role="status">{t.agenda.none}</p>
        ) : (
          byDay(occurrences, locale).map(([label, list]) => (
            <section key={label} aria-label={label} className="agenda-day">
              <h2 className="agenda-day__title">{label}</h2>
              <ul className="results">
                {list.map((o) => (
                  <li key={`${o.id}-${o.starts_at}`} className="result">
                    <h3 className="result__title">{o.title}</h3>
                    <p className="result__meta">
                      {time.format(new Date(o.starts_at))}–{time.format(new Date(o.ends_at))} · {o.category} ·{" "}
                      {o.is_free ? t.agenda.free : o.price !== null ? formatPrice(o.price, locale) : t.agenda.paid}
                    </p>
                    <p className="result__place">
                      {o.seller && slugOf[o.commune_id] ? (
                        <Link href={vitrinePath(slugOf[o.commune_id], o.seller.handle)}>{o.seller.name}</Link>
                      ) : (
                        o.address
                      )}
                      {nameOf[o.commune_id] ? ` — ${nameOf[o.commune_id]}` : ""}
                    </p>
                    {o.accessibility_notes && <p className="result__meta">{o.accessibility_notes}</p>}
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </main>
    </>
  )
}
