import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { CartGroupSection, CartTotals } from "@/components/shop/cart-group"
import { SiteHeader } from "@/components/site-header"
import { getDictionary } from "@/lib/i18n"
import { currentCart, groupedCart } from "@/lib/shop/cart"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.shop.cartTitle, robots: { index: false } }
}

/** The cart, one section per establishment, each saying how it is paid and collected. */
export default async function CartPage() {
  const { locale, t } = await getDictionary()
  const cart = await currentCart()
  const grouped = await groupedCart(cart)
  return (
    <>
      <SiteHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.shop.cartTitle}</h1>
        {grouped.groups.length === 0 ? (
          <p>
            {t.shop.cartEmpty} <Link href="/recherche">{t.shop.discover}</Link>
          </p>
        ) : (
          <>
            {grouped.groups.map((group) => (
              <CartGroupSection key={group.seller.id} group={group} t={t} locale={locale} />
            ))}
            <CartTotals online={grouped.onlineTotal} inStore={grouped.inStoreTotal} t={t} locale={locale} />
            <p>
              <Link href="/panier/validation" className="button">
                {t.shop.toCheckout}
              </Link>
            </p>
          </>
        )}
      </main>
    </>
  )
}
