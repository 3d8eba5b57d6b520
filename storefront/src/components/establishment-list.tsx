import { Link } from "@/i18n/navigation"
import type { SellerSummary } from "@/lib/sellers"
import { formatOpening } from "@/lib/i18n"
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries"
import { vitrinePath } from "@/lib/paths"

export function OpeningState({ seller, t, locale }: { seller: SellerSummary; t: Dictionary; locale: Locale }) {
  if (seller.is_open_now === null) {
    return <span className="opening opening--unknown">{t.hoursUnknown}</span>
  }
  if (seller.is_open_now) {
    return <span className="opening opening--open">{t.openNow}</span>
  }
  return (
    <span className="opening opening--closed">
      {t.closedNow}
      {seller.next_opening && ` · ${t.opensAt(formatOpening(seller.next_opening, locale))}`}
    </span>
  )
}

/** The establishments of a portal; the state is text, never colour alone (RGAA 3.1). */
export function EstablishmentList({
  communeSlug,
  sellers,
  t,
  locale,
}: {
  communeSlug: string
  sellers: SellerSummary[]
  t: Dictionary
  locale: Locale
}) {
  if (!sellers.length) {
    return <p>{t.noEstablishments}</p>
  }
  return (
    <ul className="establishment-list">
      {sellers.map((seller) => (
        <li key={seller.id} className="establishment">
          <h3 className="establishment__name">
            <Link href={vitrinePath(communeSlug, seller.handle)}>{seller.name}</Link>
          </h3>
          <p className="establishment__meta">
            {t.kinds[seller.kind]}
            {seller.categories.length > 0 && ` · ${seller.categories.join(", ")}`}
          </p>
          {seller.description && <p>{seller.description}</p>}
          <p className="establishment__address">
            {seller.address_1}, {seller.postal_code} {seller.city}
          </p>
          <p>
            <OpeningState seller={seller} t={t} locale={locale} />
          </p>
          {seller.commerce_mode !== "showcase" && (
            <p className="establishment__mode">
              {seller.commerce_mode === "online" ? t.buyableOnline : t.reservable}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
