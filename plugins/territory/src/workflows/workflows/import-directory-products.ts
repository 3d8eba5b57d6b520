import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductPlan } from "../../lib/product-csv"
import { createImportedProductsStep } from "../steps"

export const importDirectoryProductsWorkflowId = "import-directory-products"

/** Writes a products import's plan (checked beforehand: no errors) into the commune's establishments. */
export const importDirectoryProductsWorkflow = createWorkflow(importDirectoryProductsWorkflowId, (input: { agent_id: string; creates: ProductPlan["creates"] }) => {
  return new WorkflowResponse(createImportedProductsStep(input))
})
