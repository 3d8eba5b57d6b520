import { validateMerchantSellerStep } from "@enjoy/marketplace/workflows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createDealStep, type DealInput, prepareDealStep } from "../steps"

export const createDealWorkflowId = "create-deal"

/** A merchant drafts a bon plan for one of its establishments. */
export const createDealWorkflow = createWorkflow(
  createDealWorkflowId,
  (input: { merchant_id: string; seller_id: string; deal: DealInput }) => {
    validateMerchantSellerStep(input)
    const prepared = prepareDealStep(input.deal)
    const deal = createDealStep(transform({ prepared, input }, ({ prepared, input }) => ({ ...prepared, seller_id: input.seller_id })))
    return new WorkflowResponse(deal)
  }
)
