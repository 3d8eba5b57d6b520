import type { LinkDefinition } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../../../modules/seller"
import { ensureDefaultShippingProfileStep, freeProductHandlesStep } from "../steps"
import type { SellerProductInput } from "./create-seller-product"

export const createAssistedProductsWorkflowId = "create-assisted-products"

const SINGLE_OPTION = { title: "Format", value: "Unique" }

export type AssistedProductsInput = {
  /** Who typed them in for the establishments (a commune's agent importing a file). */
  assisted_by: string
  products: { seller_id: string; product: SellerProductInput }[]
}

/**
 * Several establishments' products typed in for them at once (a commune's import): created by
 * Medusa's product workflow in one go, published (assisted entry is never held for review), linked
 * to their establishment and stocked in its location. One transaction: Medusa's own steps undo
 * everything if any part fails. Products are paired with their input by handle, which is unique.
 */
export const createAssistedProductsWorkflow = createWorkflow(createAssistedProductsWorkflowId, (input: AssistedProductsInput) => {
  const sellerIds = transform({ input }, ({ input }) => [...new Set(input.products.map((p) => p.seller_id))])
  const { data: sellers } = useQueryGraphStep({
    entity: "seller",
    fields: ["id", "stock_location.id"],
    filters: { id: sellerIds },
  }).config({ name: "read-sellers-locations" })
  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["default_sales_channel_id"] }).config({
    name: "read-platform-channel",
  })
  const profile = ensureDefaultShippingProfileStep()
  const handles = freeProductHandlesStep(
    transform({ input }, ({ input }) => ({ products: input.products.map(({ product }) => ({ title: product.title, handle: product.handle })) }))
  )

  const products = createProductsWorkflow.runAsStep({
    input: transform({ input, stores, profile, handles }, ({ input, stores, profile, handles }) => {
      const channel = stores[0]?.default_sales_channel_id as string | undefined
      return {
        products: input.products.map(({ product }, i) => ({
          title: product.title,
          description: product.description ?? null,
          handle: handles[i],
          status: "published" as const,
          shipping_profile_id: profile.id,
          options: [{ title: SINGLE_OPTION.title, values: [SINGLE_OPTION.value] }],
          variants: [
            {
              title: SINGLE_OPTION.value,
              sku: product.sku ?? undefined,
              manage_inventory: true,
              options: { [SINGLE_OPTION.title]: SINGLE_OPTION.value },
              prices: [{ amount: product.price, currency_code: "eur" }],
            },
          ],
          sales_channels: channel ? [{ id: channel }] : [],
        })),
      }
    }),
  })

  // Each created product with the input it came from (Medusa does not promise to keep the order).
  const planned = transform({ input, handles, products }, ({ input, handles, products }) => {
    const byHandle = new Map(products.map((p) => [p.handle, p]))
    return input.products.map((entry, i) => ({ ...entry, created: byHandle.get(handles[i])! }))
  })

  createRemoteLinkStep(
    transform({ planned }, ({ planned }): LinkDefinition[] =>
      planned.map(({ seller_id, created }) => ({
        [SELLER_MODULE]: { seller_id },
        [Modules.PRODUCT]: { product_id: created.id },
      }))
    )
  ).config({ name: "link-sellers-products" })

  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "product_id", "inventory_items.inventory_item_id"],
    filters: { id: transform({ products }, ({ products }) => products.flatMap((p) => p.variants.map((v) => v.id))) },
  }).config({ name: "read-variants-inventory" })

  createInventoryLevelsWorkflow.runAsStep({
    input: transform({ planned, variants, sellers }, ({ planned, variants, sellers }) => {
      const locationOf = new Map(sellers.map((s) => [s.id, s.stock_location?.id as string | undefined]))
      const entryOf = new Map(planned.map((p) => [p.created.id, p]))
      return {
        inventory_levels: variants.flatMap((variant) => {
          const entry = entryOf.get(variant.product_id as string)!
          const locationId = locationOf.get(entry.seller_id)
          if (!locationId) {
            throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Establishment ${entry.seller_id} has no stock location`)
          }
          return (variant.inventory_items ?? []).map((item: { inventory_item_id: string }) => ({
            inventory_item_id: item.inventory_item_id,
            location_id: locationId,
            stocked_quantity: entry.product.quantity,
          }))
        }),
      }
    }),
  })

  return new WorkflowResponse(transform({ planned }, ({ planned }) => planned.map((p) => p.created.id)))
})
