import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  useQueryGraphStep,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { type CatalogActor, type ChangeProposal, isHeld, previousValuesOf, type ReviewVerdict } from "../../../lib/review"
import { validateMerchantSellerStep } from "../../merchant/steps"
import { setSellerStockStep, validateSellerProductStep } from "../steps"

export const updateSellerProductWorkflowId = "update-seller-product"

export type SellerProductUpdate = {
  title?: string
  description?: string | null
  /** Euros, major units. */
  price?: number
  /** Units in the establishment's location. */
  quantity?: number
}

/**
 * A merchant changes a product of its establishment: text, price, stock; each
 * part only if given. The text is what shoppers read, so it is offered for
 * review (`productChangeProposed`) and may be held as a draft; price and stock
 * are the merchant's business and apply at once.
 */
export const updateSellerProductWorkflow = createWorkflow(
  updateSellerProductWorkflowId,
  (input: CatalogActor & { seller_id: string; product_id: string; update: SellerProductUpdate }) => {
    when("by-the-merchant", { input }, ({ input }) => !input.assisted_by).then(() => {
      validateMerchantSellerStep(input as { merchant_id: string; seller_id: string })
    })
    const owned = validateSellerProductStep(
      transform(input, ({ seller_id, product_id, update }) => ({ seller_id, product_id, quantity: update.quantity }))
    )

    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "title", "description"],
      filters: { id: input.product_id },
    }).config({ name: "read-product-text" })
    const text = transform({ input }, ({ input }) =>
      Object.fromEntries(
        (["title", "description"] as const).filter((k) => input.update[k] !== undefined).map((k) => [k, input.update[k]])
      )
    )
    const review = createHook(
      "productChangeProposed",
      transform({ input, products, text }, ({ input, products, text }): ChangeProposal | null =>
        Object.keys(text).length
          ? {
              subject: "product",
              seller_id: input.seller_id,
              subject_id: input.product_id,
              proposed: text,
              previous: previousValuesOf(products[0] as Record<string, unknown>, text),
              submitted_by: (input.merchant_id ?? input.assisted_by) as string,
        assisted: !!input.assisted_by,
            }
          : null
      )
    )
    const verdict = review.getResult()
    const textHeld = transform({ verdict }, ({ verdict }) => isHeld(verdict as ReviewVerdict | undefined))

    when({ input, textHeld }, ({ input, textHeld }) => !textHeld && (input.update.title !== undefined || input.update.description !== undefined)).then(
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
      setSellerStockStep(
        transform({ input, owned }, ({ input, owned }) => ({ levels: owned.levels, quantity: input.update.quantity as number }))
      )
    })
    return new WorkflowResponse({ product_id: input.product_id, held: textHeld }, { hooks: [review] })
  }
)
