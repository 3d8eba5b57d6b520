/**
 * The storefront caches catalogue reads under two tags: "sellers" (vitrines,
 * lists) and "products" (product pages and the products on vitrines). When
 * the backend changes one of them, the storefront is told which tags to drop.
 */
export const STOREFRONT_TAG_EVENTS: Record<string, string[]> = {
  "product.created": ["products"],
  "product.updated": ["products"],
  "product.deleted": ["products"],
  "product-variant.created": ["products"],
  "product-variant.updated": ["products"],
  "product-variant.deleted": ["products"],
  "inventory.inventory-level.updated": ["products"],
  "seller.seller.created": ["sellers", "products"],
  "seller.seller.updated": ["sellers", "products"],
  "seller.seller.deleted": ["sellers", "products"],
}

/** Tags a batch of events invalidates, each once. */
export function storefrontTagsFor(eventNames: string[]): string[] {
  return [...new Set(eventNames.flatMap((name) => STOREFRONT_TAG_EVENTS[name] ?? []))].sort()
}
