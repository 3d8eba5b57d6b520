import { validateMerchantSellerStep } from "@enjoy/marketplace/workflows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DealStatus } from "../../../lib/validity"
import { syncDealPromotionStep, updateDealStep } from "../steps"

export const updateDealWorkflowId = "update-deal"

export type DealUpdate = {
  title?: string
  description?: string | null
  image_url?: string | null
  conditions?: string | null
  quota?: number | null
  per_shopper_limit?: number
  status?: DealStatus
}

/** A merchant edits, pauses or resumes a bon plan of its establishment. */
export const updateDealWorkflow = createWorkflow(
  updateDealWorkflowId,
  (input: { merchant_id: string; seller_id: string; deal_id: string; update: DealUpdate }) => {
    validateMerchantSellerStep(input)
    const deal = updateDealStep({ id: input.deal_id, seller_id: input.seller_id, update: input.update, by_merchant: true })
    syncDealPromotionStep(transform({ deal }, ({ deal }) => ({ promotion_code: deal.promotion_code, status: deal.status })))
    return new WorkflowResponse(deal)
  }
)
