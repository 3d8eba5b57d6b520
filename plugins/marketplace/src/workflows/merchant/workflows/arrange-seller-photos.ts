import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow } from "@medusajs/medusa/core-flows"
import { storedPhotoMeta } from "../../../lib/seller-photos"
import { updateSellersStep } from "../../seller/steps/update-sellers"
import { planPhotoArrangementStep, validateMerchantSellerStep, type PhotoArrangement } from "../steps"

export const arrangeSellerPhotosWorkflowId = "arrange-seller-photos"

/**
 * A merchant reorders the vitrine's photos (the first is the cover shown in search results and at the
 * top of the vitrine), edits their alternative texts and takes some off, in one write (put back if
 * anything after fails); the files of the photos taken off are deleted last, once nothing shows them.
 */
export const arrangeSellerPhotosWorkflow = createWorkflow(
  arrangeSellerPhotosWorkflowId,
  (input: PhotoArrangement & { merchant_id: string }) => {
    validateMerchantSellerStep(input)
    const arranged = planPhotoArrangementStep(input)
    updateSellersStep(
      transform({ input, arranged }, ({ input, arranged }) => ({
        updates: [{ id: input.seller_id, photos: arranged.photos, photo_meta: storedPhotoMeta(arranged.photos, arranged.meta) }],
      }))
    )
    when("photos-taken-off", { arranged }, ({ arranged }) => arranged.deleteFileIds.length > 0).then(() => {
      deleteFilesWorkflow.runAsStep({ input: transform({ arranged }, ({ arranged }) => ({ ids: arranged.deleteFileIds })) })
    })
    return new WorkflowResponse(transform({ arranged }, ({ arranged }) => ({ photos: arranged.photos, meta: arranged.meta })))
  }
)
