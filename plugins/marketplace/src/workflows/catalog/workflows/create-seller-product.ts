import type { LinkDefinition } from "@medusajs/framework/types"
import { MedusaError, Modules, toHandle } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { type CatalogActor, type ChangeProposal, isHeld, type ReviewVerdict } from "../../../lib/review"
import { SELLER_MODULE } from "../../../modules/seller"
import { validateMerchantSellerStep } from "../../merchant/steps"
import { ensureDefaultShippingProfileStep, freeProductHandleStep } from "../steps"

export const createSellerProductWorkflowId = "create-seller-product"

export type SellerProductInput = {
  title: string
  description?: string | null
  handle?: string
  sku?: string | null
  /** Euros, major units (19.99). */
  price: number
  /** Units in the establishment's stock location. */
  quantity: number
}

const SINGLE_OPTION = { title: "Format", value: "Unique" }

/**
 * A merchant adds a product to its establishment: in the platform's sales
 * channel, owned by the establishment (link), stocked in its location. It is
 * published at once unless a reviewer (`productProposed` hook) holds it: then
 * it stays a draft until approved. `productCreated` tells the reviewer its id.
 */
export const createSellerProductWorkflow = createWorkflow(
  createSellerProductWorkflowId,
  (input: CatalogActor & { seller_id: string; product: SellerProductInput }) => {
    when("by-the-merchant", { input }, ({ input }) => !input.assisted_by).then(() => {
      validateMerchantSellerStep(input as { merchant_id: string; seller_id: string })
    })
    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["id", "stock_location.id"],
      filters: { id: input.seller_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "read-seller-location" })
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["default_sales_channel_id"],
    }).config({ name: "read-platform-channel" })

    const review = createHook(
      "productProposed",
      transform({ input }, ({ input }): ChangeProposal => ({
        subject: "product",
        seller_id: input.seller_id,
        subject_id: null,
        proposed: { ...input.product },
        previous: null,
        submitted_by: (input.merchant_id ?? input.assisted_by) as string,
        assisted: !!input.assisted_by,
      }))
    )
    const verdict = review.getResult()
    const held = transform({ verdict }, ({ verdict }) => isHeld(verdict as ReviewVerdict | undefined))

    const profile = ensureDefaultShippingProfileStep()
    // Two products of the same name created at once would pick the same free handle, and the second
    // creation would fail half-way (Medusa leaves its product option behind): they take turns instead.
    const handleLock = transform({ input }, ({ input }) => `product-handle:${toHandle(input.product.handle?.trim() || input.product.title)}`)
    acquireLockStep({ key: handleLock, timeout: 10, ttl: 30 })
    const handle = freeProductHandleStep(
      transform({ input }, ({ input }) => ({ title: input.product.title, handle: input.product.handle }))
    )
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input, stores, profile, held, handle }, ({ input, stores, profile, held, handle }) => {
        const channel = stores[0]?.default_sales_channel_id as string | undefined
        const { title, description, sku, price } = input.product
        return {
          products: [
            {
              title,
              description: description ?? null,
              handle,
              status: held ? ("draft" as const) : ("published" as const),
              shipping_profile_id: profile.id,
              options: [{ title: SINGLE_OPTION.title, values: [SINGLE_OPTION.value] }],
              variants: [
                {
                  title: SINGLE_OPTION.value,
                  sku: sku ?? undefined,
                  manage_inventory: true,
                  options: { [SINGLE_OPTION.title]: SINGLE_OPTION.value },
                  prices: [{ amount: price, currency_code: "eur" }],
                },
              ],
              sales_channels: channel ? [{ id: channel }] : [],
            },
          ],
        }
      }),
    })
    const product = transform(products, (created) => created[0])
    releaseLockStep({ key: handleLock })

    createRemoteLinkStep(
      transform({ input, product }, ({ input, product }): LinkDefinition[] => [
        { [SELLER_MODULE]: { seller_id: input.seller_id }, [Modules.PRODUCT]: { product_id: product.id } },
      ])
    ).config({ name: "link-seller-product" })

    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: transform(product, (p) => p.variants.map((v) => v.id)) },
    }).config({ name: "read-variant-inventory" })

    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ variants, sellers, input }, ({ variants, sellers, input }) => {
        const locationId = sellers[0].stock_location?.id as string | undefined
        if (!locationId) {
          throw new MedusaError(
            MedusaError.Types.UNEXPECTED_STATE,
            `Establishment ${input.seller_id} has no stock location`
          )
        }
        return {
          inventory_levels: variants.flatMap((v) =>
            (v.inventory_items ?? []).map((item: { inventory_item_id: string }) => ({
              inventory_item_id: item.inventory_item_id,
              location_id: locationId,
              stocked_quantity: input.product.quantity,
            }))
          ),
        }
      }),
    })
    const created = createHook(
      "productCreated",
      transform({ input, product, held }, ({ input, product, held }) => ({
        product_id: product.id,
        seller_id: input.seller_id,
        proposed: { ...input.product },
        held,
        submitted_by: (input.merchant_id ?? input.assisted_by) as string,
        assisted: !!input.assisted_by,
      }))
    )
    return new WorkflowResponse(product, { hooks: [review, created] })
  }
)
