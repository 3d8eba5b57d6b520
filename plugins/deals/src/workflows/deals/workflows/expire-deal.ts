import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncDealPromotionStep, updateDealStep } from "../steps"

export const expireDealWorkflowId = "expire-deal"

/** The scheduled job ends a bon plan past its last day. */
export const expireDealWorkflow = createWorkflow(expireDealWorkflowId, (input: { deal_id: string; seller_id: string }) => {
  const deal = updateDealStep({ id: input.deal_id, seller_id: input.seller_id, update: { status: "expired" } })
  syncDealPromotionStep(transform({ deal }, ({ deal }) => ({ promotion_code: deal.promotion_code, status: deal.status })))
  return new WorkflowResponse(deal)
})
