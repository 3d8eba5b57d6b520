import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateSellersStep } from "../../seller/steps/update-sellers"
import { planPhotoArrangementStep, validateMerchantSellerStep, type PhotoArrangement } from "../steps"

export const arrangeSellerPhotosWorkflowId = "arrange-seller-photos"

/**
 * A merchant reorders the vitrine's photos (the first is the cover shown in search results and at the
 * top of the vitrine) and edits their alternative texts, in one write; put back if anything after fails.
 */
export const arrangeSellerPhotosWorkflow = createWorkflow(
  arrangeSellerPhotosWorkflowId,
  (input: PhotoArrangement & { merchant_id: string }) => {
    validateMerchantSellerStep(input)
    const arranged = planPhotoArrangementStep(input)
    updateSellersStep(
      transform({ input, arranged }, ({ input, arranged }) => ({
        updates: [{ id: input.seller_id, photos: arranged.photos, photo_meta: arranged.meta }],
      }))
    )
    return new WorkflowResponse(arranged)
  }
)
