import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createClaimStep } from "../steps"

export const claimDealWorkflowId = "claim-deal"

/** A shopper (signed in, or a guest giving an e-mail) claims a bon plan and gets its code. */
export const claimDealWorkflow = createWorkflow(
  claimDealWorkflowId,
  (input: { deal_id: string; email: string; customer_id?: string | null }) => new WorkflowResponse(createClaimStep(input))
)
