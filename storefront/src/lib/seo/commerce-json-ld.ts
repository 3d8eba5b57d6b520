/**
 * schema.org Product/Offer and Event descriptions. Pure: the product page and
 * the agenda build them from what they show, and tests read them back.
 */
export type ProductForSeo = {
  title: string
  description: string | null
  thumbnail: string | null
  price: number | null
  inStock: boolean
  seller: { name: string; url: string }
}

export function productJsonLd(product: ProductForSeo, url: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    url,
    ...(product.description ? { description: product.description } : {}),
    ...(product.thumbnail ? { image: product.thumbnail } : {}),
    ...(product.price !== null
      ? {
          offers: {
            "@type": "Offer",
            url,
            price: product.price.toFixed(2),
            priceCurrency: "EUR",
            availability: product.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
            seller: { "@type": "LocalBusiness", name: product.seller.name, url: product.seller.url },
          },
        }
      : {}),
  }
}

export type EventForSeo = {
  title: string
  description: string | null
  starts_at: string
  ends_at: string
  address: string | null
  is_free: boolean
  price: number | null
  booking_url: string | null
  place: { name: string; city: string } | null
}

export function eventJsonLd(event: EventForSeo, url: string) {
  const placeName = event.place?.name ?? event.address
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    url,
    startDate: event.starts_at,
    endDate: event.ends_at,
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    isAccessibleForFree: event.is_free,
    ...(event.description ? { description: event.description } : {}),
    ...(placeName
      ? {
          location: {
            "@type": "Place",
            name: placeName,
            address: { "@type": "PostalAddress", ...(event.address ? { streetAddress: event.address } : {}), ...(event.place ? { addressLocality: event.place.city } : {}), addressCountry: "FR" },
          },
        }
      : {}),
    ...(!event.is_free && event.price !== null
      ? { offers: { "@type": "Offer", price: event.price.toFixed(2), priceCurrency: "EUR", ...(event.booking_url ? { url: event.booking_url } : {}) } }
      : {}),
  }
}
