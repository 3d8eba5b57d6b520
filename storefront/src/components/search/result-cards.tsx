import { Link } from "@/i18n/navigation"
import { formatPrice } from "@/lib/i18n"
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries"
import type { DealHit, EstablishmentHit, EventHit, ProductHit } from "@/lib/search/discover"
import { productPath, vitrinePath } from "@/lib/paths"
import { formatLastDay, formatWhen } from "@/lib/i18n/dates"

type Props = { t: Dictionary; locale: Locale }

function Distance({ km, t }: { km?: number; t: Dictionary }) {
  return km === undefined ? null : <span className="result__distance"> · {t.search.distance(km.toLocaleString("fr-FR"))}</span>
}

export function EstablishmentCard({ hit, t }: Props & { hit: EstablishmentHit }) {
  return (
    <li className="result">
      <h3 className="result__title">
        <Link href={vitrinePath(hit.commune, hit.handle)}>{hit.name}</Link>
      </h3>
      <p className="result__meta">
        {t.kinds[hit.kind as keyof Dictionary["kinds"]] ?? hit.kind}
        {hit.categories.length > 0 && ` · ${hit.categories.join(", ")}`}
      </p>
      <p className="result__place">
        {hit.address} — {hit.commune_name}
        <Distance km={hit.distance_km} t={t} />
      </p>
      {hit.commerce_mode !== "showcase" && (
        <p className="result__mode">{hit.commerce_mode === "online" ? t.buyableOnline : t.reservable}</p>
      )}
    </li>
  )
}

export function ProductCard({ hit, t, locale }: Props & { hit: ProductHit }) {
  return (
    <li className="result">
      <h3 className="result__title">
        <Link href={productPath(hit.commune, hit.seller_handle, hit.handle)}>{hit.title}</Link>
      </h3>
      <p className="result__meta">
        {hit.price !== null && <strong>{formatPrice(hit.price, locale)}</strong>} · {hit.in_stock ? t.search.inStock : t.search.outOfStock}
      </p>
      <p className="result__place">
        {t.search.soldBy(hit.seller_name)} — {hit.commune_name}
        <Distance km={hit.distance_km} t={t} />
      </p>
    </li>
  )
}

export function DealCard({ hit, t, locale }: Props & { hit: DealHit }) {
  return (
    <li className="result">
      <h3 className="result__title">
        <Link href={vitrinePath(hit.commune, hit.seller_handle)}>{hit.title}</Link>
      </h3>
      <p className="result__meta">{t.search.until(formatLastDay(hit.ends_at, locale))}</p>
      <p className="result__place">
        {hit.seller_name} — {hit.commune_name}
        <Distance km={hit.distance_km} t={t} />
      </p>
    </li>
  )
}

export function EventCard({ hit, t, locale }: Props & { hit: EventHit }) {
  const href = hit.seller_handle ? vitrinePath(hit.commune, hit.seller_handle) : `/${hit.commune}`
  return (
    <li className="result">
      <h3 className="result__title">
        <Link href={href}>{hit.title}</Link>
      </h3>
      <p className="result__meta">
        {t.search.from(formatWhen(hit.starts_at, locale))} · {hit.category}
      </p>
      <p className="result__place">
        {hit.seller_name ?? hit.address ?? ""} — {hit.commune_name}
        <Distance km={hit.distance_km} t={t} />
      </p>
    </li>
  )
}
