import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { validateMerchantSellerStep } from "../../merchant/steps"
import { validateSellerProductStep } from "../steps"

export const updateSellerProductWorkflowId = "update-seller-product"

export type SellerProductUpdate = {
  title?: string
  description?: string | null
  /** Euros, major units. */
  price?: number
  /** Units in the establishment's location. */
  quantity?: number
}

/** A merchant changes a product of its establishment: text, price, stock; each part only if given. */
export const updateSellerProductWorkflow = createWorkflow(
  updateSellerProductWorkflowId,
  (input: { merchant_id: string; seller_id: string; product_id: string; update: SellerProductUpdate }) => {
    validateMerchantSellerStep(input)
    const owned = validateSellerProductStep(
      transform(input, ({ seller_id, product_id, update }) => ({ seller_id, product_id, quantity: update.quantity }))
    )

    when({ input }, ({ input }) => input.update.title !== undefined || input.update.description !== undefined).then(
      () => {
        updateProductsWorkflow.runAsStep({
          input: transform(input, ({ product_id, update }) => ({
            selector: { id: product_id },
            update: {
              ...(update.title !== undefined ? { title: update.title } : {}),
              ...(update.description !== undefined ? { description: update.description } : {}),
            },
          })),
        })
      }
    )

    when({ input }, ({ input }) => input.update.price !== undefined).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ input, owned }, ({ input, owned }) => ({
          selector: { id: owned.variant_ids },
          update: { prices: [{ amount: input.update.price as number, currency_code: "eur" }] },
        })),
      })
    })

    when({ input }, ({ input }) => input.update.quantity !== undefined).then(() => {
      updateInventoryLevelsWorkflow.runAsStep({
        input: transform({ input, owned }, ({ input, owned }) => ({
          updates: owned.levels.map((level) => ({ ...level, stocked_quantity: input.update.quantity as number })),
        })),
      })
    })
    return new WorkflowResponse({ product_id: input.product_id })
  }
)
