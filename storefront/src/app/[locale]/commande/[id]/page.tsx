import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { OrderGroupView } from "@/components/shop/order-group-view"
import { SiteHeader } from "@/components/site-header"
import { getDictionary } from "@/lib/i18n"
import { LiveRefresh } from "@/components/shop/live-refresh"
import { getOrderGroup, hasLiveReservations } from "@/lib/shop/checkout"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.shop.confirmationTitle, robots: { index: false } }
}

/**
 * The confirmation of a checkout, and the page that follows it afterwards:
 * its id is unguessable and is what the shopper was given.
 */
export default async function OrderConfirmation({ params }: Props) {
  const { id } = await params
  const [{ locale, t }, group] = await Promise.all([getDictionary(), getOrderGroup(id)])
  if (!group) {
    notFound()
  }
  const reservations = group.orders.filter((o) => o.reservation).length
  return (
    <>
      <SiteHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.shop.confirmationTitle}</h1>
        <p>
          {t.shop.confirmationIntro(group.email)}
          {reservations > 0 && ` ${t.shop.followReservations}`}
        </p>
        <p>
          {t.shop.reference} : <strong>{group.id}</strong>
          {reservations > 0 && ` · ${t.shop.reservationsCount(reservations)}`}
        </p>
        <OrderGroupView group={group} t={t} locale={locale} />
        {hasLiveReservations([group]) && <LiveRefresh seconds={30} />}
      </main>
    </>
  )
}
