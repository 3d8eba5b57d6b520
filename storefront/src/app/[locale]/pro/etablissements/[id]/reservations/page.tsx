import type { Metadata } from "next"
import { ProHeader } from "@/components/pro/pro-header"
import { ReservationActions } from "@/components/pro/reservation-actions"
import { LiveRefresh } from "@/components/shop/live-refresh"
import { formatPrice, getDictionary } from "@/lib/i18n"
import { formatWhen } from "@/lib/i18n/dates"
import { getOwnSeller, listOpenReservations, type VendorReservation } from "@/lib/pro/merchant"
import { orNotFound, requirePro } from "@/lib/pro/session"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ fait?: string; n?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.reservations, robots: { index: false } }
}

const COLUMNS = ["requested", "confirmed", "ready"] as const

/**
 * The merchant's board: reservations to confirm, to prepare and to hand over,
 * refreshed every 15 s. Someone else's establishment is a 404, as the backend says.
 */
export default async function ReservationsBoard({ params, searchParams }: Props) {
  const [{ locale, t }, { id }, { fait, n }] = await Promise.all([getDictionary(), params, searchParams, requirePro("merchant")])
  const [seller, reservations] = await Promise.all([orNotFound(getOwnSeller(id)), orNotFound(listOpenReservations(id))])
  const labels = { confirm: t.pro.confirm, ready: t.pro.ready, collected: t.pro.collected, decline: t.pro.decline, declineReason: t.pro.declineReason }
  const card = (r: VendorReservation, status: (typeof COLUMNS)[number]) => {
    const who = [r.order.shipping_address?.first_name, r.order.shipping_address?.last_name].filter(Boolean).join(" ")
    const title = t.pro.reservationTitle(r.order.display_id)
    return (
      <li key={r.id} className="reservation">
        <h3>{title}</h3>
        <p>
          {t.pro.forWhom} {who || r.order.email} — <a href={`mailto:${r.order.email}`}>{r.order.email}</a>
          {r.order.shipping_address?.phone && (
            <>
              {" "}— <a href={`tel:${r.order.shipping_address.phone.replace(/\s/g, "")}`}>{r.order.shipping_address.phone}</a>
            </>
          )}
        </p>
        <ul>
          {r.order.items.map((item, i) => (
            <li key={i}>
              {item.quantity} × {item.title}
            </li>
          ))}
        </ul>
        <p>{t.pro.pickupBefore(formatWhen(r.pickup_deadline, locale))}</p>
        <p>{t.pro.toCollect(formatPrice(r.order.total, locale))}</p>
        <ReservationActions sellerId={id} reservationId={r.id} status={status} number={r.order.display_id} title={title} labels={labels} />
      </li>
    )
  }
  return (
    <>
      <ProHeader t={t} actor="merchant" />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.pro.reservationsOf(seller.name)}</h1>
        <p role="status" className="form-ok">
          {fait && t.pro.moved[fait] && Number(n) > 0 ? `${t.pro.reservationTitle(Number(n))} : ${t.pro.moved[fait]}` : ""}
        </p>
        <p className="result__meta">{t.pro.liveNote}</p>
        <LiveRefresh seconds={15} />
        <div className="board">
          {COLUMNS.map((status) => {
            // The soonest pickup first: today's reservations are at the top of each column.
            const list = reservations
              .filter((r) => r.status === status)
              .sort((a, b) => Date.parse(a.pickup_deadline) - Date.parse(b.pickup_deadline))
            return (
              <section key={status} aria-labelledby={`colonne-${status}`} className="board__column">
                <h2 id={`colonne-${status}`}>
                  {t.pro.columns[status]} ({list.length})
                </h2>
                {list.length ? <ul className="board__list">{list.map((r) => card(r, status))}</ul> : <p>{t.pro.noneInColumn}</p>}
              </section>
            )
          })}
        </div>
      </main>
    </>
  )
}
