import { createSellerProductWorkflow, updateSellerProductWorkflow } from "@enjoy/marketplace/workflows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { ActorScope } from "../../../lib/scope"
import { createAuditEntryStep, validateOnBehalfStep } from "../steps"

export const editProductOnBehalfWorkflowId = "edit-product-on-behalf"

type ProductFields = { title?: string; description?: string | null; price?: number; quantity?: number; handle?: string; sku?: string | null }

/**
 * Assisted entry for products: a moderator adds (no product_id) or changes a
 * member establishment's product, published at once and audited before/after.
 */
export const editProductOnBehalfWorkflow = createWorkflow(
  editProductOnBehalfWorkflowId,
  (input: { scope: ActorScope; seller_id: string; product_id?: string; fields: ProductFields }) => {
    const { association_id } = validateOnBehalfStep(input)
    const { data: before } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "title", "description"],
      filters: { id: transform({ input }, ({ input }) => input.product_id ?? "__new__") },
    })
    const created = when("new-product", { input }, ({ input }) => !input.product_id).then(() =>
      createSellerProductWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          assisted_by: input.scope.actor_id,
          seller_id: input.seller_id,
          product: { ...(input.fields as Required<Pick<ProductFields, "title" | "price" | "quantity">> & ProductFields) },
        })),
      })
    )
    when("changed-product", { input }, ({ input }) => !!input.product_id).then(() => {
      updateSellerProductWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          assisted_by: input.scope.actor_id,
          seller_id: input.seller_id,
          product_id: input.product_id!,
          update: input.fields,
        })),
      })
    })
    const productId = transform({ input, created }, ({ input, created }) => (input.product_id ?? created?.id) as string)
    createAuditEntryStep(
      transform({ input, before, association_id, productId }, ({ input, before, association_id, productId }) => ({
        action: "on_behalf_edit" as const,
        actor_type: input.scope.actor_type,
        actor_id: input.scope.actor_id,
        association_id,
        commune_id: null,
        seller_id: input.seller_id,
        subject: "product",
        subject_id: productId,
        before: before[0] ? { title: before[0].title, description: before[0].description } : null,
        after: input.fields as Record<string, unknown>,
      }))
    )
    return new WorkflowResponse({ product_id: productId })
  }
)
