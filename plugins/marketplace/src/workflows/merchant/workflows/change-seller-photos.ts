import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { updateSellersStep } from "../../seller/steps/update-sellers"
import { planSellerPhotosStep, validateMerchantSellerStep } from "../steps"

export const changeSellerPhotosWorkflowId = "change-seller-photos"

export type UploadedPhoto = { filename: string; mimeType: string; content: string }

export type ChangeSellerPhotosInput = {
  merchant_id: string
  seller_id: string
  /** New photos, base64 content, stored through Medusa's file module. */
  files?: UploadedPhoto[]
  /** The URL of a photo to take off the vitrine. */
  remove?: string
}

/**
 * Adds photos to a vitrine (uploaded through the file module — the local
 * provider by default) or takes one off. The limit is checked before
 * uploading; if saving fails, the uploaded files are deleted again.
 */
export const changeSellerPhotosWorkflow = createWorkflow(
  changeSellerPhotosWorkflowId,
  (input: ChangeSellerPhotosInput) => {
    validateMerchantSellerStep(input)
    const plan = planSellerPhotosStep(
      transform({ input }, ({ input }) => ({
        seller_id: input.seller_id,
        remove: input.remove,
        add_count: input.files?.length ?? 0,
      }))
    )
    const uploaded = when("photos-to-upload", { input }, ({ input }) => !!input.files?.length).then(() =>
      uploadFilesWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          files: (input.files ?? []).map((file) => ({ ...file, access: "public" as const })),
        })),
      })
    )
    const photos = transform({ plan, uploaded, input }, ({ plan, uploaded, input }) =>
      input.remove !== undefined ? plan.photos : [...plan.existing, ...(uploaded ?? []).map((file) => file.url)]
    )
    updateSellersStep(transform({ input, photos }, ({ input, photos }) => ({ updates: [{ id: input.seller_id, photos }] })))
    return new WorkflowResponse(photos)
  }
)
