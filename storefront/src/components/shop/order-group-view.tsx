import { Link } from "@/i18n/navigation"
import { formatPrice } from "@/lib/i18n"
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries"
import type { OrderGroup } from "@/lib/shop/checkout"
import { formatWhen } from "@/lib/i18n/dates"

/** A checkout's orders, one per establishment, with each reservation's live status in words. */
export function OrderGroupView({
  group,
  t,
  locale,
  level = 2,
}: {
  group: OrderGroup
  t: Dictionary
  locale: Locale
  level?: 2 | 3
}) {
  const Heading = level === 3 ? "h3" : "h2"
  return (
    <ul className="order-list">
      {group.orders.map((order) => (
        <li key={order.id} className="order" data-mode={order.commerce_mode}>
          <Heading>
            {order.seller.name} — {t.shop.orderNumber(order.display_id)}
          </Heading>
          <ul>
            {order.items.map((item) => (
              <li key={item.id}>
                {item.quantity} × {item.title} — {formatPrice(item.total, locale)}
              </li>
            ))}
          </ul>
          {order.reservation ? (
            <>
              <p className="order__status">
                {t.shop.status} : <strong>{t.shop.reservationStatus[order.reservation.status]}</strong>
              </p>
              {["requested", "confirmed", "ready"].includes(order.reservation.status) && (
                <p>
                  {t.shop.pickupBefore(formatWhen(order.reservation.pickup_deadline, locale))} — {t.shop.payInStore} :{" "}
                  {formatPrice(order.total, locale)}
                </p>
              )}
              {order.reservation.decline_reason && <p>{t.shop.declinedBecause(order.reservation.decline_reason)}</p>}
            </>
          ) : (
            <p className="order__status">
              {t.shop.paidOnline} — {formatPrice(order.total, locale)}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}

export function OrderGroupReference({ group, t }: { group: OrderGroup; t: Dictionary }) {
  return (
    <p>
      {t.shop.reference} : <Link href={`/commande/${group.id}`}>{group.id}</Link>
    </p>
  )
}
