import "server-only"
import { medusa } from "./medusa"

export type SellerKind =
  | "shop"
  | "restaurant"
  | "craft"
  | "market"
  | "service"
  | "cultural_site"
  | "heritage_site"

export type SellerSummary = {
  id: string
  name: string
  handle: string
  kind: SellerKind
  categories: string[]
  description: string | null
  address_1: string
  postal_code: string
  city: string
  commerce_mode: "showcase" | "reservation" | "online"
  is_open_now: boolean | null
  next_opening: string | null
}

/** The open establishments of a commune, by name; "open now" is computed by the backend in Paris time. */
export async function listCommuneSellers(communeSlug: string): Promise<SellerSummary[]> {
  const { sellers } = await medusa().client.fetch<{ sellers: SellerSummary[] }>("/store/sellers", {
    query: { commune: communeSlug, limit: 100 },
    // Opening state changes with the clock: keep it fresh.
    next: { revalidate: 60, tags: ["sellers"] },
  })
  return sellers
}
