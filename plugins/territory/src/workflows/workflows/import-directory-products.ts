import { createAssistedProductsWorkflow } from "@enjoy/marketplace/workflows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductPlan } from "../../lib/product-csv"

export const importDirectoryProductsWorkflowId = "import-directory-products"

/**
 * Writes a products import's plan (checked beforehand: no errors) into the commune's establishments:
 * one batch through the marketplace's workflow for assisted entry, so all lines are written or none.
 */
export const importDirectoryProductsWorkflow = createWorkflow(importDirectoryProductsWorkflowId, (input: { agent_id: string; creates: ProductPlan["creates"] }) => {
  const products = createAssistedProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      assisted_by: input.agent_id,
      products: input.creates.map(({ seller_id, line: _line, ...product }) => ({ seller_id, product })),
    })),
  })
  return new WorkflowResponse(products)
})
