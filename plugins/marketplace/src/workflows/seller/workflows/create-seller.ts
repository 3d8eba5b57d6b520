import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateSellerInput } from "../types"
import { createSellerBatchWorkflow } from "./create-seller-batch"

export const createSellerWorkflowId = "create-seller"

/**
 * Creates one establishment (a draft unless told otherwise): the batch
 * workflow with a single establishment, so both share every rule and step.
 */
export const createSellerWorkflow = createWorkflow(createSellerWorkflowId, (input: CreateSellerInput) => {
  const sellers = createSellerBatchWorkflow.runAsStep({ input: transform(input, (seller) => ({ sellers: [seller] })) })
  return new WorkflowResponse(transform(sellers, (created) => created[0]))
})
