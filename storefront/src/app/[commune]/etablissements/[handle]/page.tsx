import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { OpeningState } from "@/components/establishment-list"
import { SiteHeader } from "@/components/site-header"
import { getCommune } from "@/lib/communes"
import { formatPrice, getDictionary } from "@/lib/i18n"
import { getSellerVitrine, type WeeklyHours } from "@/lib/sellers"
import { jsonForScript, localBusinessJsonLd } from "@/lib/seo/json-ld"
import { absolute } from "@/lib/site"
import { communeTheme } from "@/lib/theme"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ commune: string; etablissement: string }> }

const DAYS: (keyof WeeklyHours)[] = ["mo", "tu", "we", "th", "fr", "sa", "su"]

async function load(params: Props["params"]) {
  const { commune: slug, etablissement } = await params
  const [commune, seller] = await Promise.all([getCommune(slug), getSellerVitrine(slug, etablissement)])
  if (!commune || !seller) {
    notFound()
  }
  return { commune, seller }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { commune, seller } = await load(params)
  const canonical = absolute(`/${commune.slug}/${seller.handle}`)
  return {
    title: `${seller.name} · ${commune.name}`,
    description: seller.description ?? undefined,
    alternates: { canonical },
    openGraph: {
      type: "website",
      locale: "fr_FR",
      url: canonical,
      title: `${seller.name} · ${commune.name}`,
      description: seller.description ?? undefined,
      ...(seller.photos?.length ? { images: seller.photos.slice(0, 1) } : {}),
    },
  }
}

/** An establishment's vitrine inside its commune's portal. */
export default async function Vitrine({ params }: Props) {
  const [{ locale, t }, { commune, seller }] = await Promise.all([getDictionary(), load(params)])
  const weekly = seller.opening_hours?.weekly
  return (
    <div className="portal" style={communeTheme(commune)}>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonForScript(localBusinessJsonLd(seller, absolute(`/${commune.slug}/${seller.handle}`))) }}
      />
      <SiteHeader t={t} commune={commune} />
      <main id="contenu" tabIndex={-1}>
        <section className="portal__banner">
          <p className="portal__kicker">{t.kinds[seller.kind]}</p>
          <h1>{seller.name}</h1>
          {seller.description && <p>{seller.description}</p>}
        </section>

        <div className="vitrine">
          <section aria-labelledby="horaires" className="vitrine__hours">
            <h2 id="horaires">{t.openingHours}</h2>
            <p>
              <OpeningState seller={seller} t={t} locale={locale} />
            </p>
            {weekly && (
              <table>
                <caption className="visually-hidden">{t.openingHours}</caption>
                <tbody>
                  {DAYS.map((day) => (
                    <tr key={day}>
                      <th scope="row">{t.weekdays[day]}</th>
                      <td>
                        {weekly[day].length
                          ? weekly[day].map((r) => `${r.open}–${r.close}`).join(", ")
                          : t.closedAllDay}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h2>{t.contact}</h2>
            <address>
              {seller.address_1}
              <br />
              {seller.postal_code} {seller.city}
              {seller.phone && (
                <>
                  <br />
                  <a href={`tel:${seller.phone.replace(/\s/g, "")}`}>{seller.phone}</a>
                </>
              )}
            </address>
          </section>

          <section aria-labelledby="produits" className="vitrine__products">
            <h2 id="produits">{t.products}</h2>
            {seller.commerce_mode !== "showcase" && (
              <p className="establishment__mode">
                {seller.commerce_mode === "online" ? t.buyableOnline : t.reservable}
              </p>
            )}
            {seller.products.length === 0 ? (
              <p>{t.noProducts}</p>
            ) : (
              <ul className="product-list">
                {seller.products.map((product) => {
                  const price = product.variants[0]?.prices.find((p) => p.currency_code === "eur")
                  return (
                    <li key={product.id} className="product">
                      <h3 className="product__title">{product.title}</h3>
                      {product.description && <p>{product.description}</p>}
                      {price && <p className="product__price">{formatPrice(price.amount, locale)}</p>}
                    </li>
                  )
                })}
              </ul>
            )}
          </section>
        </div>

        <p>
          <Link href={`/${commune.slug}`}>{t.backToCommune(commune.name)}</Link>
        </p>
      </main>
    </div>
  )
}
