/**
 * schema.org descriptions of our pages for search engines (JSON-LD), built
 * from what the vitrine already shows. Pure, so they are tested without a
 * browser.
 */
type TimeRange = { open: string; close: string }
type Weekly = Record<"mo" | "tu" | "we" | "th" | "fr" | "sa" | "su", TimeRange[]>

export type VitrineForSeo = {
  name: string
  kind: string
  description: string | null
  photos?: string[] | null
  address_1: string
  postal_code: string
  city: string
  latitude?: number | null
  longitude?: number | null
  phone: string | null
  email: string | null
  website: string | null
  opening_hours: { weekly: Weekly } | null
}

const DAY_URIS: Record<keyof Weekly, string> = {
  mo: "https://schema.org/Monday",
  tu: "https://schema.org/Tuesday",
  we: "https://schema.org/Wednesday",
  th: "https://schema.org/Thursday",
  fr: "https://schema.org/Friday",
  sa: "https://schema.org/Saturday",
  su: "https://schema.org/Sunday",
}

/** The most precise schema.org type for each kind of establishment; LocalBusiness otherwise. */
const TYPE_OF: Record<string, string> = {
  restaurant: "Restaurant",
  cultural_site: "Museum",
  heritage_site: "TouristAttraction",
  shop: "Store",
}

/** Same hours on several days become one specification listing those days. */
export function openingHoursSpecification(weekly: Weekly) {
  const byRange = new Map<string, (keyof Weekly)[]>()
  for (const day of Object.keys(DAY_URIS) as (keyof Weekly)[]) {
    for (const range of weekly[day] ?? []) {
      const key = `${range.open}-${range.close}`
      byRange.set(key, [...(byRange.get(key) ?? []), day])
    }
  }
  return [...byRange].map(([key, days]) => {
    const [opens, closes] = key.split("-")
    return {
      "@type": "OpeningHoursSpecification",
      dayOfWeek: days.map((d) => DAY_URIS[d]),
      opens,
      closes: closes === "24:00" ? "23:59" : closes,
    }
  })
}

export function localBusinessJsonLd(seller: VitrineForSeo, url: string) {
  return {
    "@context": "https://schema.org",
    "@type": TYPE_OF[seller.kind] ?? "LocalBusiness",
    name: seller.name,
    url,
    ...(seller.description ? { description: seller.description } : {}),
    ...(seller.photos?.length ? { image: seller.photos } : {}),
    ...(seller.phone ? { telephone: seller.phone } : {}),
    ...(seller.email ? { email: seller.email } : {}),
    ...(seller.website ? { sameAs: [seller.website] } : {}),
    address: {
      "@type": "PostalAddress",
      streetAddress: seller.address_1,
      postalCode: seller.postal_code,
      addressLocality: seller.city,
      addressCountry: "FR",
    },
    ...(typeof seller.latitude === "number" && typeof seller.longitude === "number"
      ? { geo: { "@type": "GeoCoordinates", latitude: seller.latitude, longitude: seller.longitude } }
      : {}),
    ...(seller.opening_hours ? { openingHoursSpecification: openingHoursSpecification(seller.opening_hours.weekly) } : {}),
  }
}

/** JSON for a <script> element: "<" escaped so that no text in the data can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c")
}
