import type { EventOccurrence, PublicDeal } from "@/lib/agenda"
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries"
import { formatLastDay, formatWhen } from "@/lib/i18n/dates"

/** This establishment's running bons plans and its next events; nothing is shown when there are none. */
export function VitrineHappenings({
  deals,
  events,
  t,
  locale,
}: {
  deals: PublicDeal[]
  events: EventOccurrence[]
  t: Dictionary
  locale: Locale
}) {
  return (
    <>
      {deals.length > 0 && (
        <section aria-labelledby="bons-plans" className="vitrine__deals">
          <h2 id="bons-plans">{t.vitrine.dealsHeading}</h2>
          <ul className="deal-list">
            {deals.map((deal) => (
              <li key={deal.id} id={`bon-plan-${deal.id}`} className="deal">
                <h3>{deal.title}</h3>
                {deal.description && <p>{deal.description}</p>}
                <p className="deal__until">{t.vitrine.until(formatLastDay(deal.ends_at, locale))}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {events.length > 0 && (
        <section aria-labelledby="evenements" className="vitrine__events">
          <h2 id="evenements">{t.vitrine.eventsHeading}</h2>
          <ul>
            {events.slice(0, 5).map((event) => (
              <li key={event.id}>
                <strong>{event.title}</strong> — <time dateTime={event.starts_at}>{formatWhen(event.starts_at, locale)}</time>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
