import type { Metadata } from "next"
import Image from "next/image"
import { Link } from "@/i18n/navigation"
import { notFound } from "next/navigation"
import { AddToCart } from "@/components/shop/add-to-cart"
import { addToCartLabels, commerceModeText } from "@/components/labels"
import { SiteHeader } from "@/components/site-header"
import { getCommune } from "@/lib/communes"
import { formatPrice, staticDictionary } from "@/lib/i18n"
import { alternates, localizedUrl, openGraphLocale } from "@/lib/seo/alternates"
import { productPath, vitrinePath } from "@/lib/paths"
import { getProduct, inStock } from "@/lib/products"
import { getSellerVitrine } from "@/lib/sellers"
import { productJsonLd } from "@/lib/seo/commerce-json-ld"
import { jsonForScript } from "@/lib/seo/json-ld"
import { absolute } from "@/lib/site"
import { communeTheme } from "@/lib/theme"

// Rendered on a visitor's first request in each language, then served from cache until the backend
// drops its tags (or a few minutes pass); never at build time, so that the build does not need the backend.
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; commune: string; handle: string; produit: string }> }

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

async function load(params: Props["params"]) {
  const { commune: slug, handle, produit: encoded } = await params
  // Medusa keeps accents in handles ("merveilleux-à-la-chicorée"): the path segment arrives percent-encoded.
  const produit = safeDecode(encoded)
  // The vitrine is read too: a product has a page only while its establishment is open.
  const [commune, product, vitrine] = await Promise.all([
    getCommune(slug),
    getProduct(slug, handle, produit),
    getSellerVitrine(slug, handle),
  ])
  if (!commune || !product || !vitrine) {
    notFound()
  }
  const path = productPath(slug, handle, produit)
  return { commune, product, path, url: absolute(path) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ locale }, { commune, product, path }] = await Promise.all([staticDictionary(params), load(params)])
  const title = `${product.title} · ${product.seller.name}`
  return {
    title,
    description: product.description ?? undefined,
    alternates: alternates(path, locale),
    openGraph: {
      type: "website",
      locale: openGraphLocale(locale),
      url: localizedUrl(path, locale),
      title: `${title} · ${commune.name}`,
      description: product.description ?? undefined,
      ...(product.thumbnail ? { images: [product.thumbnail] } : {}),
    },
  }
}

/** A product of an establishment: price, stock, and how to get it. */
export default async function ProductPage({ params }: Props) {
  const [{ locale, t }, { commune, product, url }] = await Promise.all([staticDictionary(params), load(params)])
  const variant = product.variants[0]
  const price = variant?.calculated_price?.calculated_amount ?? null
  const available = variant ? inStock(variant) : false
  const { seller } = product
  const sellerUrl = vitrinePath(commune.slug, seller.handle)
  return (
    <div className="portal" style={communeTheme(commune)}>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: jsonForScript(
            productJsonLd(
              { ...product, price, inStock: available, seller: { name: seller.name, url: absolute(sellerUrl) } },
              url
            )
          ),
        }}
      />
      <SiteHeader t={t} commune={commune} />
      <main id="contenu" tabIndex={-1}>
        <nav aria-label={t.breadcrumb}>
          <ol className="breadcrumb">
            <li>
              <Link href={`/${commune.slug}`}>{commune.name}</Link>
            </li>
            <li>
              <Link href={sellerUrl}>{seller.name}</Link>
            </li>
            <li aria-current="page">{product.title}</li>
          </ol>
        </nav>
        <article className="product-page">
          {product.thumbnail && (
            <Image src={product.thumbnail} alt="" width={480} height={300} sizes="(max-width: 48rem) 100vw, 30rem" priority />
          )}
          <div>
            <h1>{product.title}</h1>
            {product.description && <p>{product.description}</p>}
            {price !== null && <p className="product__price product__price--large">{formatPrice(price, locale)}</p>}
            <p>
              {t.shop.soldBy} <Link href={sellerUrl}>{seller.name}</Link>
              {" · "}
              <span className={available ? "stock stock--in" : "stock stock--out"}>
                {available ? t.shop.inStock : t.shop.outOfStock}
              </span>
            </p>
            <p className="establishment__mode">{commerceModeText(seller, t)}</p>
            {seller.commerce_mode !== "showcase" && variant && available && (
              <AddToCart
                variantId={variant.id}
                productTitle={product.title}
                labels={addToCartLabels(t)}
              />
            )}
          </div>
        </article>
      </main>
    </div>
  )
}
