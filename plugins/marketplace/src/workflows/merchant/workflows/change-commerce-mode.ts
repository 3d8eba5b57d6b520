import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CommerceMode } from "../../../lib/seller-status"
import { updateSellersStep, validateCommerceModeStep } from "../../seller/steps"
import { validateMerchantSellerStep } from "../steps"

export const changeCommerceModeWorkflowId = "change-commerce-mode"

/**
 * A merchant moves its establishment between showcase, reservation and online
 * selling; everything already entered (profile, products, stock) carries over.
 */
export const changeCommerceModeWorkflow = createWorkflow(
  changeCommerceModeWorkflowId,
  (input: { merchant_id: string; seller_id: string; commerce_mode: CommerceMode }) => {
    validateMerchantSellerStep(input)
    const { online_payment } = validateCommerceModeStep(input)
    updateSellersStep(
      transform(input, ({ seller_id, commerce_mode }) => ({ updates: [{ id: seller_id, commerce_mode }] }))
    )
    return new WorkflowResponse({ online_payment })
  }
)
