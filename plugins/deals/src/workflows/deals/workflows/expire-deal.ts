import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateDealStep } from "../steps"

export const expireDealWorkflowId = "expire-deal"

/** The scheduled job ends a bon plan past its last day. */
export const expireDealWorkflow = createWorkflow(expireDealWorkflowId, (input: { deal_id: string; seller_id: string }) =>
  new WorkflowResponse(updateDealStep({ id: input.deal_id, seller_id: input.seller_id, update: { status: "expired" } }))
)
