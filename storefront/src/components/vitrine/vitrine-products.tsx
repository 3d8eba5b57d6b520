import Link from "next/link"
import { AddToCart } from "@/components/shop/add-to-cart"
import { formatPrice } from "@/lib/i18n"
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries"
import { productPath } from "@/lib/paths"
import type { SellerVitrine } from "@/lib/sellers"

/** The products, with how they are sold here; a showcase establishment offers no cart button. */
export function VitrineProducts({ seller, t, locale }: { seller: SellerVitrine; t: Dictionary; locale: Locale }) {
  const mode = seller.commerce_mode
  return (
    <section aria-labelledby="produits" className="vitrine__products">
      <h2 id="produits">{t.products}</h2>
      <p className="establishment__mode">
        {mode === "online" ? t.shop.modeOnline : mode === "reservation" ? t.shop.modeReservation : t.shop.showcaseOnly}
        {mode === "reservation" && ` ${t.shop.pickupWithin(seller.pickup_deadline_hours ?? 48)}`}
      </p>
      {seller.products.length === 0 ? (
        <p>{t.noProducts}</p>
      ) : (
        <ul className="product-list">
          {seller.products.map((product) => {
            const variant = product.variants[0]
            const price = variant?.prices.find((p) => p.currency_code === "eur")
            return (
              <li key={product.id} className="product">
                <h3 className="product__title">
                  <Link href={productPath(seller.commune.slug, seller.handle, product.handle)}>{product.title}</Link>
                </h3>
                {product.description && <p>{product.description}</p>}
                {price && <p className="product__price">{formatPrice(price.amount, locale)}</p>}
                {mode !== "showcase" && variant && (
                  <AddToCart
                    variantId={variant.id}
                    productTitle={product.title}
                    labels={{ quantity: t.shop.quantity, add: t.shop.addToCart, added: t.shop.added, seeCart: t.shop.seeCart }}
                  />
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
