import { Link } from "@/i18n/navigation"
import type { EventOccurrence, PublicDeal } from "@/lib/agenda"
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries"
import { vitrinePath } from "@/lib/paths"
import { formatWhen } from "@/lib/i18n/dates"

/** A few bons plans of the moment and the next events, with links to the full lists. */
export function Highlights({
  deals,
  events,
  t,
  locale,
  commune,
}: {
  deals: PublicDeal[]
  events: EventOccurrence[]
  t: Dictionary
  locale: Locale
  /** On a portal: the full lists open narrowed to this commune. */
  commune?: string
}) {
  const narrowed = commune ? `?commune=${commune}` : ""
  return (
    <div className="highlights">
      <section aria-labelledby="a-la-une-bons-plans">
        <h2 id="a-la-une-bons-plans">{t.deals.title}</h2>
        {deals.length === 0 ? (
          <p>{t.deals.none}</p>
        ) : (
          <ul className="results">
            {deals.slice(0, 4).map((deal) => (
              <li key={deal.id} className="result">
                <h3 className="result__title">{deal.title}</h3>
                {deal.seller?.commune && (
                  <p className="result__place">
                    <Link href={vitrinePath(deal.seller.commune.slug, deal.seller.handle)}>{deal.seller.name}</Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href={`/bons-plans${narrowed}`}>{t.home.allDeals}</Link>
        </p>
      </section>
      <section aria-labelledby="a-la-une-agenda">
        <h2 id="a-la-une-agenda">{t.home.nextEvents}</h2>
        {events.length === 0 ? (
          <p>{t.agenda.none}</p>
        ) : (
          <ul className="results">
            {events.slice(0, 4).map((event) => (
              <li key={`${event.id}-${event.starts_at}`} className="result">
                <h3 className="result__title">{event.title}</h3>
                <p className="result__meta">
                  <time dateTime={event.starts_at}>{formatWhen(event.starts_at, locale)}</time>
                  {event.seller && ` · ${event.seller.name}`}
                </p>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href={`/agenda${narrowed}`}>{t.home.fullAgenda}</Link>
        </p>
      </section>
    </div>
  )
}
