import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow } from "@medusajs/medusa/core-flows"
import { storedFileIds, storedPhotoMeta, type PhotoMetaMap } from "../../../lib/seller-photos"
import { updateSellersStep } from "../../seller/steps/update-sellers"
import { encodeSellerPhotosStep, planSellerPhotosStep, uploadPhotoFilesStep, validateMerchantSellerStep } from "../steps"

export const changeSellerPhotosWorkflowId = "change-seller-photos"

/** A new photo: its bytes (base64) and what it shows (`alt`), unless it is only decorative. */
export type UploadedPhoto = { filename: string; mimeType: string; content: string; alt?: string; decorative?: boolean }

export type ChangeSellerPhotosInput = {
  merchant_id: string
  seller_id: string
  /** New photos, base64 content, stored through Medusa's file module. */
  files?: UploadedPhoto[]
  /** The URL of a photo to take off the vitrine. */
  remove?: string
}

/**
 * Adds photos to a vitrine (checked from their bytes, re-encoded as WebP at each configured width, then
 * uploaded through the file module — the local provider by default, S3-compatible storage when configured) with their alternative texts and
 * sizes, or takes one off and deletes its files. The limit and the texts are checked before uploading;
 * if saving fails, the uploaded files are deleted again. A removed photo's files are deleted last, once
 * the vitrine no longer shows it.
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
        texts: (input.files ?? []).map((f) => ({ alt: f.alt, decorative: f.decorative })),
        names: (input.files ?? []).map((f) => f.filename),
      }))
    )
    const added = when("photos-to-upload", { input }, ({ input }) => !!input.files?.length).then(() => {
      const encoded = encodeSellerPhotosStep(
        transform({ input }, ({ input }) => (input.files ?? []).map(({ filename, mimeType, content }) => ({ filename, mimeType, content })))
      )
      const uploaded = uploadPhotoFilesStep(
        transform({ encoded }, ({ encoded }) => encoded.flat().map(({ filename, mimeType, content }) => ({ filename, mimeType, content })))
      )
      // The file module answers in the order it was given: each photo's widths follow one another.
      return transform({ encoded, uploaded, input }, ({ encoded, uploaded, input }) => {
        let next = 0
        return encoded.map((renditions, index) => {
          const srcset = renditions.map((r) => {
            const file = uploaded[next++]
            return { width: r.width, url: file.url, file_id: file.id }
          })
          const widest = renditions[renditions.length - 1]
          const file = input.files![index]
          return {
            url: srcset[srcset.length - 1].url,
            meta: {
              alt: file.decorative ? "" : (file.alt ?? "").trim(),
              decorative: !!file.decorative,
              width: widest.width,
              height: widest.height,
              srcset,
            },
          }
        })
      })
    })
    const change = transform({ plan, added, input }, ({ plan, added, input }) => {
      if (input.remove !== undefined) {
        const { [input.remove]: _removed, ...meta } = plan.meta as PhotoMetaMap
        return { photos: plan.photos, meta }
      }
      const meta = { ...(plan.meta as PhotoMetaMap) }
      for (const photo of added ?? []) meta[photo.url] = photo.meta
      return { photos: [...plan.existing, ...(added ?? []).map((photo) => photo.url)], meta }
    })
    const photos = transform({ change }, ({ change }) => change.photos)
    updateSellersStep(
      transform({ input, change }, ({ input, change }) => ({
        updates: [{ id: input.seller_id, photos: change.photos, photo_meta: storedPhotoMeta(change.photos, change.meta) }],
      }))
    )
    when("stored-photo-removed", { input, plan }, ({ input, plan }) =>
      !!input.remove && storedFileIds(input.remove, (plan.meta as PhotoMetaMap)[input.remove]).length > 0
    ).then(() => {
      deleteFilesWorkflow.runAsStep({
        input: transform({ input, plan }, ({ input, plan }) => ({
          ids: storedFileIds(input.remove!, (plan.meta as PhotoMetaMap)[input.remove!]),
        })),
      })
    })
    return new WorkflowResponse(photos)
  }
)
