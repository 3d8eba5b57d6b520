import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { merchantHeaders, operatorHeaders, platformStoreHeaders } from "./actors"
import { communePayload } from "./communes"
import { sellerPayload } from "./sellers"

type Headers = { headers: Record<string, string> }
// Methods (not function-valued properties): an axios instance of any configuration type fits.
type Api = {
  get(url: string, config?: unknown): Promise<{ data: any }>
  post(url: string, body?: unknown, config?: unknown): Promise<{ data: any }>
}

export type Establishment = {
  sellerId: string
  handle: string
  variantId: string
  productId: string
  merchant: Headers
  merchantEmail: string
}

/** The street's commune's emblem, on the web: e-mails show it beside the platform's name. */
export const STREET_LOGO = "https://vitrine.enjoy.test/logos/lille.png"

/**
 * A shopping street for checkout tests: the operator, the platform's store
 * key, a France region paid in store by default, a commune, and open
 * establishments in any mode, each with a product of `quantity` units.
 */
export async function shoppingStreet(api: Api, container: MedusaContainer) {
  return streetOn(api, await streetParties(container, api), container)
}

/** What a street needs from the container: a signed-in operator, the platform's store key, a France region. */
export type StreetParties = { operator: Headers; store: Headers; region: { id: string } }

export async function streetParties(container: MedusaContainer, api: Api): Promise<StreetParties> {
  const operator = await operatorHeaders(container, api)
  const store = await platformStoreHeaders(container)
  return { operator, store, region: await franceRegion(container) }
}

export async function franceRegion(container: MedusaContainer) {
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [{ name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] }],
    },
  })
  return region
}

/**
 * The street itself, through the HTTP API only: also what the multi-process test builds on servers it
 * did not boot (no container then: `stock` and `ordersOf`, which read the database, need one).
 */
export async function streetOn(api: Api, { operator, store, region }: StreetParties, container?: MedusaContainer) {
  const communeId = (await api.post("/admin/communes", communePayload({ latitude: 50.6292, longitude: 3.0573, logo_url: STREET_LOGO }), operator))
    .data.commune.id as string
  let count = 0

  const establishment = async (mode: string, options: { quantity?: number; price?: number } = {}): Promise<Establishment> => {
    count += 1
    const { data } = await api.post("/admin/sellers", sellerPayload(communeId, { commerce_mode: mode }), operator)
    for (const status of ["pending", "open"]) {
      await api.post(`/admin/sellers/${data.seller.id}/status`, { status }, operator)
    }
    const merchantEmail = `commercant-${count}-${Date.now()}@commerce.test`
    const merchant = await merchantHeaders(api, operator, data.seller.id, merchantEmail)
    const { data: created } = await api.post(
      `/vendor/sellers/${data.seller.id}/products`,
      { title: `Article ${count} (${mode})`, price: options.price ?? 10, quantity: options.quantity ?? 5 },
      merchant
    )
    return {
      sellerId: data.seller.id,
      handle: data.seller.handle,
      variantId: created.product.variants[0].id,
      productId: created.product.id,
      merchant,
      merchantEmail,
    }
  }

  /** A guest's cart with an e-mail and an address, holding the given lines. */
  const cart = async (lines: { variantId: string; quantity: number }[], options: { locale?: string } = {}) => {
    const { data } = await api.post(
      "/store/carts",
      {
        region_id: region.id,
        locale: options.locale,
        email: "lea.martin@exemple.test",
        shipping_address: { first_name: "Léa", last_name: "Martin", country_code: "fr", city: "Lille", phone: "0320000000" },
        items: lines.map((l) => ({ variant_id: l.variantId, quantity: l.quantity })),
      },
      store
    )
    return data.cart.id as string
  }

  /** [stocked, reserved] of a variant in its establishment's location. */
  const stock = async (variantId: string) => {
    const query = container!.resolve("query")
    const {
      data: [variant],
    } = await query.graph({
      entity: "product_variant",
      fields: ["inventory_items.inventory.location_levels.*"],
      filters: { id: variantId },
    })
    const level = variant.inventory_items?.[0]?.inventory?.location_levels?.[0]
    return [Number(level?.stocked_quantity), Number(level?.reserved_quantity)]
  }

  /** The ids of the live (not deleted) orders holding a variant, read straight from PostgreSQL. */
  const ordersOf = async (variantId: string): Promise<string[]> => {
    const pg = container!.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const rows = await pg.raw(
      `select distinct o.id from "order" o
         join order_item oi on oi.order_id = o.id and oi.deleted_at is null
         join order_line_item li on li.id = oi.item_id
        where li.variant_id = ? and o.deleted_at is null`,
      [variantId]
    )
    return rows.rows.map((r: { id: string }) => r.id)
  }

  return { operator, store, region, communeId, establishment, cart, stock, ordersOf }
}
