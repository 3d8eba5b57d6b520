import { OpeningState } from "@/components/establishment-list"
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries"
import type { SellerVitrine, WeeklyHours } from "@/lib/sellers"
import { accessibilityLines } from "@/lib/vitrine/accessibility"
import { exceptionText } from "@/lib/vitrine/closures"
import { upcomingExceptions } from "@enjoy/kernel/opening-hours"
import { directionsUrl, mapUrl } from "@/lib/vitrine/osm"

const DAYS: (keyof WeeklyHours)[] = ["mo", "tu", "we", "th", "fr", "sa", "su"]

/** Opening hours, contact with a route there, and access conditions: what people check before going. */
export function VitrineAside({ seller, t, locale }: { seller: SellerVitrine; t: Dictionary; locale: Locale }) {
  const weekly = seller.opening_hours?.weekly
  // Announced a few weeks ahead; the page is revalidated often enough for "today" to hold.
  const closures = weekly ? upcomingExceptions({ weekly, exceptions: seller.opening_hours?.exceptions ?? [] }, new Date()) : []
  const access = accessibilityLines(seller.accessibility, t.vitrine.access)
  return (
    <div className="vitrine__aside">
      <section aria-labelledby="horaires">
        <h2 id="horaires">{t.openingHours}</h2>
        <p>
          <OpeningState seller={seller} t={t} locale={locale} />
        </p>
        {weekly && (
          <table>
            <caption className="visually-hidden">{t.openingHours}</caption>
            <tbody>
              {DAYS.map((day) => (
                <tr key={day}>
                  <th scope="row">{t.weekdays[day]}</th>
                  <td>{weekly[day].length ? weekly[day].map((r) => `${r.open}–${r.close}`).join(", ") : t.closedAllDay}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {closures.length > 0 && (
          <>
            <h3 id="fermetures">{t.hours.upcoming}</h3>
            <ul aria-labelledby="fermetures" className="vitrine__closures">
              {closures.map((closure) => (
                <li key={`${closure.date}-${closure.until ?? ""}`}>{exceptionText(closure, locale, t.hours)}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="contact">
        <h2 id="contact">{t.contact}</h2>
        <address>
          {seller.address_1}
          <br />
          {seller.postal_code} {seller.city}
          {seller.phone && (
            <>
              <br />
              <a href={`tel:${seller.phone.replace(/\s/g, "")}`}>{seller.phone}</a>
            </>
          )}
          {seller.website && (
            <>
              <br />
              <a href={seller.website} rel="noopener">
                {t.vitrine.website}
              </a>
            </>
          )}
        </address>
        {seller.latitude !== null && seller.longitude !== null && (
          <ul className="vitrine__links">
            <li>
              <a href={mapUrl(seller.latitude, seller.longitude)} target="_blank" rel="noopener">
                {t.vitrine.map}
                <span className="visually-hidden">{t.vitrine.newTabFor(seller.name)}</span>
              </a>
            </li>
            <li>
              <a href={directionsUrl(seller.latitude, seller.longitude)} target="_blank" rel="noopener">
                {t.vitrine.directions}
                <span className="visually-hidden">{t.vitrine.newTabFor(seller.name)}</span>
              </a>
            </li>
          </ul>
        )}
      </section>

      <section aria-labelledby="accessibilite">
        <h2 id="accessibilite">{t.vitrine.accessibilityHeading}</h2>
        {access.length ? (
          <ul>
            {access.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p>{t.vitrine.accessibilityUnknown}</p>
        )}
      </section>
    </div>
  )
}
