import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { storedFileId } from "../../../lib/seller-photos"
import { updateSellersStep } from "../../seller/steps/update-sellers"
import { encodeSellerPhotosStep, planSellerPhotosStep, validateMerchantSellerStep } from "../steps"

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
 * Adds photos to a vitrine (checked from their bytes, re-encoded, then uploaded through the file module —
 * the local provider by default) or takes one off and deletes its file. The limit is checked before
 * uploading; if saving fails, the uploaded files are deleted again. A removed photo's file is deleted last,
 * once the vitrine no longer shows it.
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
    const uploaded = when("photos-to-upload", { input }, ({ input }) => !!input.files?.length).then(() => {
      const encoded = encodeSellerPhotosStep(transform({ input }, ({ input }) => input.files ?? []))
      return uploadFilesWorkflow.runAsStep({
        input: transform({ encoded }, ({ encoded }) => ({
          files: encoded.map((file) => ({ ...file, access: "public" as const })),
        })),
      })
    })
    const photos = transform({ plan, uploaded, input }, ({ plan, uploaded, input }) =>
      input.remove !== undefined ? plan.photos : [...plan.existing, ...(uploaded ?? []).map((file) => file.url)]
    )
    updateSellersStep(transform({ input, photos }, ({ input, photos }) => ({ updates: [{ id: input.seller_id, photos }] })))
    when("stored-photo-removed", { input }, ({ input }) => !!input.remove && !!storedFileId(input.remove)).then(() => {
      deleteFilesWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({ ids: [storedFileId(input.remove!)!] })),
      })
    })
    return new WorkflowResponse(photos)
  }
)
