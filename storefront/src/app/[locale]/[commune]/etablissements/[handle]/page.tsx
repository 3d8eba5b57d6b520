import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { notFound } from "next/navigation"
import { AudienceBeacon } from "@/components/audience-beacon"
import { SiteHeader } from "@/components/site-header"
import { VitrineAside } from "@/components/vitrine/vitrine-aside"
import { VitrineHappenings } from "@/components/vitrine/vitrine-happenings"
import { VitrinePhotos } from "@/components/vitrine/vitrine-photos"
import { VitrineProducts } from "@/components/vitrine/vitrine-products"
import { listRunningDeals, listUpcomingOccurrences } from "@/lib/agenda"
import { getCommune } from "@/lib/communes"
import { staticDictionary } from "@/lib/i18n"
import { alternates, localizedUrl, openGraphLocale } from "@/lib/seo/alternates"
import { communePath, vitrinePath } from "@/lib/paths"
import { getSellerVitrine, photoMetaByUrl } from "@/lib/sellers"
import { jsonForScript, localBusinessJsonLd } from "@/lib/seo/json-ld"
import { absolute } from "@/lib/site"
import { communeTheme } from "@/lib/theme"

// Rendered on a visitor's first request in each language, then served from cache until the backend
// drops its tags (or a minute passes); never at build time, so that the build does not need the backend.
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; commune: string; handle: string }> }

async function load(params: Props["params"]) {
  const { commune: slug, handle } = await params
  const [commune, seller] = await Promise.all([getCommune(slug), getSellerVitrine(slug, handle)])
  if (!commune || !seller) {
    notFound()
  }
  return { commune, seller }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ locale }, { commune, seller }] = await Promise.all([staticDictionary(params), load(params)])
  const path = vitrinePath(commune.slug, seller.handle)
  return {
    title: `${seller.name} · ${commune.name}`,
    description: seller.description ?? undefined,
    alternates: alternates(path, locale),
    openGraph: {
      type: "website",
      locale: openGraphLocale(locale),
      url: localizedUrl(path, locale),
      title: `${seller.name} · ${commune.name}`,
      description: seller.description ?? undefined,
      ...(seller.photos?.length ? { images: seller.photos.slice(0, 1) } : {}),
    },
  }
}

/** An establishment's vitrine inside its commune's portal. */
export default async function Vitrine({ params }: Props) {
  const [{ locale, t }, { commune, seller }] = await Promise.all([staticDictionary(params), load(params)])
  const [deals, events] = await Promise.all([
    listRunningDeals(commune.slug).then((all) => all.filter((d) => d.seller?.id === seller.id)),
    listUpcomingOccurrences(commune.slug).then((all) => all.filter((o) => o.seller?.handle === seller.handle)),
  ])
  return (
    <div className="portal" style={communeTheme(commune)}>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: jsonForScript(localBusinessJsonLd(seller, absolute(vitrinePath(commune.slug, seller.handle)))),
        }}
      />
      <SiteHeader t={t} commune={commune} />
      <AudienceBeacon payload={JSON.stringify({ type: "vitrine_view", seller_id: seller.id })} />
      <main id="contenu" tabIndex={-1}>
        <section className="portal__banner">
          <p className="portal__kicker">{t.kinds[seller.kind]}</p>
          <h1>{seller.name}</h1>
          {seller.description && <p>{seller.description}</p>}
        </section>

        <VitrinePhotos name={seller.name} photos={seller.photos ?? []} meta={photoMetaByUrl(seller.photo_meta)} t={t} />

        {/* Products and bons plans first, as a phone reads the page; from 48rem the hours and contact
            take the left column (globals.css). */}
        <div className="vitrine">
          <div className="vitrine__main">
            <VitrineProducts seller={seller} t={t} locale={locale} />
            <VitrineHappenings deals={deals} events={events} t={t} locale={locale} />
          </div>
          <VitrineAside seller={seller} t={t} locale={locale} />
        </div>

        <p>
          <Link href={communePath(commune.slug)}>{t.backToCommune(commune.name)}</Link>
        </p>
        {seller.products.length > 0 && seller.commerce_mode !== "showcase" && (
          // At the end of the page and sticky: on a phone it stays at the thumb's reach while the
          // shopper reads the hours or the bons plans (hidden from 48rem, where products are beside).
          <nav aria-label={t.vitrine.stickyActions} className="vitrine__sticky">
            <a href="#produits" className="button">
              {seller.commerce_mode === "reservation" ? t.vitrine.stickyReserve : t.vitrine.stickyOrder}
            </a>
          </nav>
        )}
      </main>
    </div>
  )
}
