import "server-only"
import { medusa } from "./medusa"
import type { CommerceMode } from "./shop/cart-groups"
import { franceRegionId } from "./shop/cart"

export type ProductPage = {
  id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  images: { url: string }[]
  variants: {
    id: string
    title: string
    inventory_quantity: number | null
    manage_inventory: boolean
    calculated_price: { calculated_amount: number; currency_code: string } | null
  }[]
  seller: { id: string; name: string; handle: string; commerce_mode: CommerceMode; pickup_deadline_hours: number | null; commune: { slug: string } }
}

const FIELDS = [
  "id",
  "title",
  "handle",
  "description",
  "thumbnail",
  "images.url",
  "variants.id",
  "variants.title",
  "variants.manage_inventory",
  "+variants.inventory_quantity",
  "*variants.calculated_price",
  ...["id", "name", "handle", "commerce_mode", "pickup_deadline_hours", "commune.slug"].map((f) => `seller.${f}`),
].join(",")

/**
 * A published product of an establishment, with its price in the French
 * region and its stock; cached under "products", which the backend drops
 * when a product, price or stock changes.
 */
export async function getProduct(communeSlug: string, sellerHandle: string, handle: string): Promise<ProductPage | null> {
  const { products } = await medusa().client.fetch<{ products: ProductPage[] }>("/store/products", {
    query: { handle, region_id: await franceRegionId(), fields: FIELDS, limit: 1 },
    next: { revalidate: 300, tags: ["products"] },
  })
  const product = products[0]
  return product && product.seller?.handle === sellerHandle && product.seller.commune?.slug === communeSlug ? product : null
}

/** In stock when the establishment does not count it, or has units left. */
export function inStock(variant: ProductPage["variants"][number]): boolean {
  return !variant.manage_inventory || (variant.inventory_quantity ?? 0) > 0
}

/** Every published product page (commune, establishment, product handles), page by page: for the sitemap. */
export async function listAllProductPaths(): Promise<{ commune: string; establishment: string; product: string }[]> {
  const all: { commune: string; establishment: string; product: string }[] = []
  for (let offset = 0; ; offset += 100) {
    const { products, count } = await medusa().client.fetch<{
      products: { handle: string; seller?: { handle: string; commune?: { slug: string } } }[]
      count: number
    }>("/store/products", {
      query: { fields: "handle,seller.handle,seller.commune.slug", limit: 100, offset },
      next: { revalidate: 300, tags: ["products"] },
    })
    for (const p of products) {
      if (p.seller?.commune) {
        all.push({ commune: p.seller.commune.slug, establishment: p.seller.handle, product: p.handle })
      }
    }
    if (!products.length || offset + 100 >= count) {
      return all
    }
  }
}
