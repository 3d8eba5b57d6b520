import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { productDocument, type ProductRow } from "../lib/search-documents"
import { frenchIndexSettings } from "@enjoy/kernel"
import { SELLER_EVENTS, SELLER_FIELDS } from "./_seller-fields"

const fields = search.define({
  id: search.keyword().filterable(),
  title: search.text().searchable({ weight: 3 }).sortable(),
  handle: search.keyword(),
  description: search.text().searchable({ weight: 1 }),
  terms: search.text().searchable({ weight: 2 }).retrievable(false),
  thumbnail: search.keyword(),
  price: search.float().filterable().sortable().facetable(),
  in_stock: search.boolean().filterable().facetable(),
  categories: search.keyword().array().filterable().facetable(),
  seller_id: search.keyword().filterable(),
  seller_name: search.text().searchable({ weight: 1 }),
  seller_handle: search.keyword(),
  commerce_mode: search.keyword().filterable().facetable(),
  commune: search.keyword().filterable().facetable(),
  commune_name: search.text().searchable({ weight: 1 }),
  latitude: search.float().filterable().sortable(),
  longitude: search.float().filterable().sortable(),
})

const PRODUCT_FIELDS = [
  "id", "title", "handle", "subtitle", "description", "thumbnail", "status",
  "variants.manage_inventory", "variants.prices.amount", "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  ...SELLER_FIELDS.map((field) => `seller.${field}`),
]

type Query = SearchTypes.SearchIngestionContext["container"]["query"]
const idsOf = (data: unknown) => [...new Set((data as { id?: string }[]).map((row) => row.id).filter(Boolean))] as string[]

/** Which products an event touches: the product itself, or those of a variant, a stock level or an establishment. */
async function productIdsOf(event: { name: string; data: { id: string | string[] } }, query: Query): Promise<string[]> {
  const id = event.data.id
  const ids = Array.isArray(id) ? id : [id]
  if (event.name.startsWith("product.") && !event.name.includes("variant")) {
    return ids
  }
  if (event.name.includes("variant")) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: ids }, withDeleted: true })
    return idsOf(data.map((v: { product_id?: string }) => ({ id: v.product_id })))
  }
  if (event.name.startsWith("inventory.")) {
    const entity = event.name.includes("reservation-item") ? "reservation_item" : "inventory_level"
    const { data } = await query.graph({ entity, fields: ["inventory_item.variants.product_id"], filters: { id: ids }, withDeleted: true })
    const variants = data.flatMap((row: { inventory_item?: { variants?: { product_id?: string }[] } }) => row.inventory_item?.variants ?? [])
    return idsOf(variants.map((v) => ({ id: v.product_id })))
  }
  const { data } = await query.graph({ entity: "seller", fields: ["products.id"], filters: { id: ids } })
  return idsOf(data.flatMap((seller: { products?: { id: string }[] }) => seller.products ?? []))
}

const source = {
  fields: PRODUCT_FIELDS,
  transform: (rows: ProductRow[]) => rows.map(productDocument).filter((doc) => doc !== null),
}

/**
 * Published products of open establishments, with their lowest euro price and
 * whether a unit is on a shelf; stock and price changes reach it through the
 * variant and inventory events.
 */
export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields,
  settings: frenchIndexSettings(),
  events: [
    "product.created", "product.updated", "product.deleted",
    "product-variant.created", "product-variant.updated", "product-variant.deleted",
    "inventory.inventory-level.created", "inventory.inventory-level.updated",
    "inventory.reservation-item.created", "inventory.reservation-item.updated", "inventory.reservation-item.deleted",
    ...SELLER_EVENTS,
  ],
  consume: graphConsume({
    ...source,
    resolve_ids: (event, { container }) => productIdsOf(event, container.query),
    is_delete: (event) => event.name === "product.deleted",
  }),
  seed: graphSeed(source),
})
