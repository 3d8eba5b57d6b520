import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateSellerWorkflow } from "../../seller/workflows/update-seller"
import type { UpdateSellerInput } from "../../seller/types"
import { validateMerchantSellerStep } from "../steps"

export const updateVendorSellerWorkflowId = "update-vendor-seller"

/** A merchant edits the vitrine of an establishment it runs (and of no other). */
export const updateVendorSellerWorkflow = createWorkflow(
  updateVendorSellerWorkflowId,
  (input: { merchant_id: string; seller_id: string; update: UpdateSellerInput }) => {
    validateMerchantSellerStep(input)
    const seller = updateSellerWorkflow.runAsStep({
      input: { id: input.seller_id, update: input.update },
    })
    return new WorkflowResponse(seller)
  }
)
