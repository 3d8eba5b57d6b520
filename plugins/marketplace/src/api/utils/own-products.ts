import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What a merchant sees of its products, with stock in its location. */
const PRODUCT_FIELDS = [
  "products.id",
  "products.title",
  "products.handle",
  "products.description",
  "products.status",
  "products.variants.id",
  "products.variants.sku",
  "products.variants.prices.amount",
  "products.variants.prices.currency_code",
  "products.variants.inventory_items.inventory.location_levels.location_id",
  "products.variants.inventory_items.inventory.location_levels.stocked_quantity",
  "products.variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/** The products of an establishment; call only after checking the merchant runs it. */
export async function listOwnProducts(req: AuthenticatedMedusaRequest, sellerId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph({ entity: "seller", fields: PRODUCT_FIELDS, filters: { id: sellerId } })
  return seller?.products ?? []
}

