import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { SiteHeader } from "@/components/site-header"
import { LiveRefresh } from "@/components/shop/live-refresh"
import { getDictionary } from "@/lib/i18n"
import { orderPath } from "@/lib/paths"
import { getOrderGroupOfCart } from "@/lib/shop/checkout"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ cart: string }>; searchParams: Promise<{ redirect_status?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.shop.waitingTitle, robots: { index: false } }
}

/**
 * Where Stripe sends the shopper back after paying. The webhook checks the
 * cart out, usually before the shopper lands here: then this is a redirect
 * to the confirmation; otherwise the page is re-read every 2 s until it is done.
 */
export default async function PaymentReturn({ params, searchParams }: Props) {
  const [{ t }, { cart }, { redirect_status }] = await Promise.all([getDictionary(), params, searchParams])
  const failed = redirect_status === "failed"
  const group = failed ? null : await getOrderGroupOfCart(cart)
  if (group) {
    redirect({ href: orderPath(group.id), locale: await getLocale() })
  }
  return (
    <>
      <SiteHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <h1>{failed ? t.shop.paymentFailed : t.shop.waitingTitle}</h1>
        {failed ? (
          <p>
            <Link href="/panier/validation">{t.shop.backToCheckout}</Link>
          </p>
        ) : (
          <>
            <p role="status">{t.shop.waitingText}</p>
            {/* Not a <meta> refresh, which a screen reader user cannot stop (WCAG 2.2.1): the page is re-read in
                place while visible, and a link does it without JavaScript. */}
            <LiveRefresh seconds={2} />
            <p>
              <Link href={`/commande/paiement/${encodeURIComponent(cart)}`}>{t.shop.refreshNow}</Link>
            </p>
          </>
        )}
      </main>
    </>
  )
}
