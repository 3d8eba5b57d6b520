import type { OpeningHours } from "@enjoy/kernel"
import { exceptionSlots, parisDay, searchTerms, weeklyOpenSlots } from "@enjoy/kernel"

/**
 * What the discovery indexes hold for establishments and products: only what
 * a shopper may see, only for establishments that are open to the public.
 * Pure, so that both search providers and the tests share one mapping.
 */
export type SellerRow = {
  id: string
  name: string
  handle: string
  kind: string
  categories?: string[] | null
  description?: string | null
  photos?: string[] | null
  address_1?: string | null
  postal_code?: string | null
  city?: string | null
  latitude?: number | null
  longitude?: number | null
  opening_hours?: unknown
  commerce_mode: string
  status: string
  commune?: { slug: string; name: string } | null
}

/** The French words for each kind of establishment, so that "resto" or "artisan" find them all. */
const KIND_WORDS: Record<string, string> = {
  shop: "commerce boutique magasin",
  restaurant: "restaurant",
  craft: "artisan atelier",
  market: "marché",
  service: "service",
  cultural_site: "lieu culturel culture visite",
  heritage_site: "patrimoine monument visite",
}

export function establishmentDocument(seller: SellerRow, today = parisDay(new Date())) {
  if (seller.status !== "open" || !seller.commune) {
    return null
  }
  const categories = seller.categories ?? []
  return {
    id: seller.id,
    name: seller.name,
    handle: seller.handle,
    kind: seller.kind,
    categories,
    description: seller.description ?? null,
    terms: searchTerms(seller.name, categories.join(" "), KIND_WORDS[seller.kind], seller.description),
    photo: seller.photos?.[0] ?? null,
    address: [seller.address_1, seller.postal_code, seller.city].filter(Boolean).join(", "),
    commune: seller.commune.slug,
    commune_name: seller.commune.name,
    commerce_mode: seller.commerce_mode,
    latitude: seller.latitude ?? null,
    longitude: seller.longitude ?? null,
    open_slots: weeklyOpenSlots(seller.opening_hours as OpeningHours | null),
    ...datedOpenSlots(seller.opening_hours as OpeningHours | null, today),
  }
}

/** Closures and special hours as the search engine filters them (kernel open-slots). */
function datedOpenSlots(hours: OpeningHours | null, today: string) {
  const { days, slots } = exceptionSlots(hours, today)
  return { exception_days: days, exception_slots: slots }
}

type Level = { stocked_quantity?: unknown; reserved_quantity?: unknown } | null
export type ProductRow = {
  id: string
  title: string
  handle: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  status: string
  variants?:
    | {
        manage_inventory?: boolean | null
        prices?: ({ amount?: unknown; currency_code?: string | null } | null)[] | null
        inventory_items?: ({ inventory?: { location_levels?: Level[] | null } | null } | null)[] | null
      }[]
    | null
  seller?: SellerRow | null
}

/** The lowest euro price among the product's variants, null when none is set. */
export function lowestEuroPrice(product: ProductRow): number | null {
  const amounts = (product.variants ?? [])
    .flatMap((variant) => variant.prices ?? [])
    .filter((price) => price?.currency_code === "eur")
    .map((price) => Number(price?.amount))
    .filter((amount) => Number.isFinite(amount))
  return amounts.length ? Math.min(...amounts) : null
}

/** In stock when a variant is not stock-managed, or has units on a shelf that are not reserved. */
export function isInStock(product: ProductRow): boolean {
  return (product.variants ?? []).some((variant) => {
    if (variant.manage_inventory === false) {
      return true
    }
    const available = (variant.inventory_items ?? [])
      .flatMap((item) => item?.inventory?.location_levels ?? [])
      .reduce((sum, level) => sum + Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0), 0)
    return available > 0
  })
}

export function productDocument(product: ProductRow) {
  const seller = product.seller
  const establishment = seller ? establishmentDocument(seller) : null
  if (product.status !== "published" || !seller || !establishment) {
    return null
  }
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    description: product.description ?? product.subtitle ?? null,
    terms: searchTerms(product.title, product.subtitle, establishment.categories.join(" ")),
    thumbnail: product.thumbnail ?? null,
    price: lowestEuroPrice(product),
    in_stock: isInStock(product),
    categories: establishment.categories,
    seller_id: seller.id,
    seller_name: seller.name,
    seller_handle: seller.handle,
    commerce_mode: seller.commerce_mode,
    commune: establishment.commune,
    commune_name: establishment.commune_name,
    latitude: establishment.latitude,
    longitude: establishment.longitude,
  }
}
