import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeSellerStatusWorkflow } from "../../seller/workflows/change-seller-status"
import { validateMerchantSellerStep } from "../steps"

export const submitSellerWorkflowId = "submit-seller"

/** A merchant asks for its draft establishment to open (reviewed by the operator for now). */
export const submitSellerWorkflow = createWorkflow(
  submitSellerWorkflowId,
  (input: { merchant_id: string; seller_id: string }) => {
    validateMerchantSellerStep(input)
    const seller = changeSellerStatusWorkflow.runAsStep({
      input: { id: input.seller_id, status: "pending" },
    })
    return new WorkflowResponse(seller)
  }
)
