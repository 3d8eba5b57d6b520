import type { Metadata } from "next"
import { ActionForm } from "@/components/pro/action-form"
import { ProHeader } from "@/components/pro/pro-header"
import { getDictionary } from "@/lib/i18n"
import { formatWhen } from "@/lib/i18n/dates"
import { getOwnSeller } from "@/lib/pro/merchant"
import { orNotFound, proFetch, requirePro } from "@/lib/pro/session"
import { createEventAction } from "./actions"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ fait?: string }> }
type VendorEvent = { id: string; title: string; status: string; category: string; starts_at: string }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.steer.events, robots: { index: false } }
}

/** A merchant's events (workshops, tastings, visits), drafts included, and a form for a new one. */
export default async function MerchantEvents({ params, searchParams }: Props) {
  const [{ locale, t }, { id }, { fait }] = await Promise.all([getDictionary(), params, searchParams, requirePro("merchant")])
  const [seller, { events }] = await Promise.all([
    orNotFound(getOwnSeller(id)),
    orNotFound(proFetch<{ events: VendorEvent[] }>(`/vendor/sellers/${encodeURIComponent(id)}/events`)),
  ])
  const upcoming = [...events].sort((a, b) => b.starts_at.localeCompare(a.starts_at))
  return (
    <>
      <ProHeader t={t} actor="merchant" />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.steer.eventsOf(seller.name)}</h1>
        <p role="status" className="form-ok">
          {fait === "cree" ? t.steer.eventCreated : ""}
        </p>
        {upcoming.length === 0 ? (
          <p>{t.steer.noEvents}</p>
        ) : (
          <ul className="results">
            {upcoming.map((event) => (
              <li key={event.id} className="result">
                <h2 className="result__title">{event.title}</h2>
                <p className="result__meta">
                  {t.steer.eventStatuses[event.status] ?? event.status} · {event.category} · {formatWhen(event.starts_at, locale)}
                </p>
              </li>
            ))}
          </ul>
        )}
        <section aria-labelledby="nouvel-evenement">
          <h2 id="nouvel-evenement">{t.steer.newEvent}</h2>
          <ActionForm action={createEventAction} submit={t.steer.createEvent}>
            <input type="hidden" name="seller_id" value={seller.id} />
            <p className="field">
              <label htmlFor="event-title">{t.steer.eventTitle}</label>
              <input id="event-title" name="title" required minLength={3} maxLength={160} />
            </p>
            <p className="field">
              <label htmlFor="event-category">{t.steer.eventCategory}</label>
              <input id="event-category" name="category" required minLength={2} maxLength={60} />
            </p>
            <p className="field">
              <label htmlFor="event-starts">{t.steer.eventStarts}</label>
              <input id="event-starts" name="starts_at" type="datetime-local" required />
            </p>
            <p className="field">
              <label htmlFor="event-ends">{t.steer.eventEnds}</label>
              <input id="event-ends" name="ends_at" type="datetime-local" required />
            </p>
            <p className="field field--check">
              <input id="event-free" name="is_free" type="checkbox" defaultChecked />
              <label htmlFor="event-free">{t.steer.eventFree}</label>
            </p>
            <p className="field">
              <label htmlFor="event-price">{t.steer.eventPrice}</label>
              <input id="event-price" name="price" inputMode="decimal" />
            </p>
            <p className="field">
              <label htmlFor="event-description">{t.steer.eventDescription}</label>
              <textarea id="event-description" name="description" rows={3} maxLength={4000} />
            </p>
          </ActionForm>
        </section>
      </main>
    </>
  )
}
