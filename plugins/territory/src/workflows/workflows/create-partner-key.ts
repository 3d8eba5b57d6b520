import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPartnerKeyStep, type CreatePartnerKeyInput } from "../steps"

export const createPartnerKeyWorkflowId = "create-partner-key"

/** Issues a partner key scoped to communes (the route decides which ones the caller may give); returns it once. */
export const createPartnerKeyWorkflow = createWorkflow(createPartnerKeyWorkflowId, (input: CreatePartnerKeyInput) => {
  return new WorkflowResponse(createPartnerKeyStep(input))
})
