import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateSellerProductStepId = "validate-seller-product"

type Level = { id: string; inventory_item_id: string; location_id: string; reserved_quantity: number }
type Variant = { id: string; inventory_items?: { inventory?: { location_levels?: Level[] } }[] }

/**
 * The product must belong to the establishment (else 404, as if it did not
 * exist). Returns its variants and their stock levels in the establishment's
 * location; a new quantity may not fall below what is already reserved.
 */
export const validateSellerProductStep = createStep(
  validateSellerProductStepId,
  async (input: { seller_id: string; product_id: string; quantity?: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [seller],
    } = await query.graph({
      entity: "seller",
      fields: [
        "stock_location.id",
        "products.id",
        "products.variants.id",
        "products.variants.inventory_items.inventory.location_levels.*",
      ],
      filters: { id: input.seller_id },
    })
    const product = (seller?.products ?? []).find((p: { id: string } | null) => p?.id === input.product_id)
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${input.product_id} was not found`)
    }
    const locationId = seller.stock_location?.id
    const variants = product.variants as Variant[]
    const levels: Level[] = variants.flatMap((v) =>
      (v.inventory_items ?? []).flatMap((item) =>
        (item.inventory?.location_levels ?? []).filter((l) => l.location_id === locationId)
      )
    )
    const reserved = Math.max(0, ...levels.map((l) => Number(l.reserved_quantity)))
    if (input.quantity !== undefined && input.quantity < reserved) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `quantity : ne peut pas descendre sous les ${reserved} unités déjà réservées`
      )
    }
    return new StepResponse({
      variant_ids: variants.map((v) => v.id),
      levels: levels.map(({ id, inventory_item_id, location_id }) => ({ id, inventory_item_id, location_id })),
    })
  }
)
