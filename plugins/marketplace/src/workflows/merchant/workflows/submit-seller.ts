import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeSellerStatusWorkflow } from "../../seller/workflows/change-seller-status"
import { validateMerchantSellerStep } from "../steps"

export const submitSellerWorkflowId = "submit-seller"

/**
 * A merchant asks for its draft establishment to open. The operator approves
 * it, or a reviewer listening to `openingRequested` (the association plugin).
 */
export const submitSellerWorkflow = createWorkflow(
  submitSellerWorkflowId,
  (input: { merchant_id: string; seller_id: string }) => {
    validateMerchantSellerStep(input)
    const seller = changeSellerStatusWorkflow.runAsStep({
      input: { id: input.seller_id, status: "pending" },
    })
    const requested = createHook("openingRequested", { seller_id: input.seller_id, submitted_by: input.merchant_id })
    return new WorkflowResponse(seller, { hooks: [requested] })
  }
)
