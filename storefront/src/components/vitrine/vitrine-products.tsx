import { Link } from "@/i18n/navigation"
import { AddToCart } from "@/components/shop/add-to-cart"
import { addToCartLabels, commerceModeText } from "@/components/labels"
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
      <p className="establishment__mode">{commerceModeText(seller, t)}</p>
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
                    labels={addToCartLabels(t)}
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
