import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { CartGroupSection, CartTotals } from "@/components/shop/cart-group"
import { CheckoutForm } from "@/components/shop/checkout-form"
import { SiteHeader } from "@/components/site-header"
import { currentCustomer } from "@/lib/account"
import { storefrontConfig } from "@/lib/config"
import { getDictionary } from "@/lib/i18n"
import { currentCart, groupedCart } from "@/lib/shop/cart"
import { absolute } from "@/lib/site"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.shop.checkoutTitle, robots: { index: false } }
}

/** One checkout for the whole cart: the contact details, then the online payment if part of it is paid now. */
export default async function CheckoutPage() {
  const { locale, t } = await getDictionary()
  const [cart, customer] = await Promise.all([currentCart(), currentCustomer()])
  const grouped = await groupedCart(cart)
  if (!grouped.groups.length) {
    return (
      <>
        <SiteHeader t={t} />
        <main id="contenu" tabIndex={-1}>
          <h1>{t.shop.checkoutTitle}</h1>
          <p>
            {t.shop.cartEmpty} <Link href="/recherche">{t.shop.discover}</Link>
          </p>
        </main>
      </>
    )
  }
  const { payment } = storefrontConfig()
  const paymentSection = (
    <section aria-labelledby="paiement" className="checkout-payment">
      <h2 id="paiement">{t.shop.paymentHeading}</h2>
      {grouped.onlineTotal > 0 && payment.mode === "stripe" ? (
        <p>
          <strong>{t.shop.cardPayment}</strong> — {t.shop.cardPaymentText}
        </p>
      ) : grouped.onlineTotal > 0 ? (
        <p className="payment-simulated">
          <strong>{t.shop.simulatedPayment}</strong> — {t.shop.simulatedPaymentText}
        </p>
      ) : (
        <p>{t.shop.nothingOnline}</p>
      )}
    </section>
  )
  return (
    <>
      <SiteHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.shop.checkoutTitle}</h1>
        <div className="checkout">
          <CheckoutForm
            initial={customer ? { first_name: customer.first_name ?? "", last_name: customer.last_name ?? "", email: customer.email, phone: customer.phone ?? "" } : {}}
            payment={paymentSection}
            stripe={
              payment.mode === "stripe"
                ? { publishableKey: payment.publishableKey, returnUrl: absolute("/commande/paiement"), pay: t.shop.pay, paying: t.shop.paying }
                : undefined
            }
            labels={{
              heading: t.shop.contactHeading,
              intro: t.shop.contactIntro,
              required: t.shop.required,
              errorsIntro: t.shop.errorsIntro,
              submit: t.shop.placeOrder,
              pending: t.shop.placing,
              first_name: t.shop.firstName,
              last_name: t.shop.lastName,
              email: t.shop.email,
              phone: t.shop.phone,
            }}
          />
          <section aria-labelledby="recapitulatif" className="checkout-summary">
            <h2 id="recapitulatif">{t.shop.summary}</h2>
            {grouped.groups.map((group) => (
              <CartGroupSection key={group.seller.id} group={group} t={t} locale={locale} readOnly level={3} />
            ))}
            <CartTotals online={grouped.onlineTotal} inStore={grouped.inStoreTotal} t={t} locale={locale} />
          </section>
        </div>
      </main>
    </>
  )
}
