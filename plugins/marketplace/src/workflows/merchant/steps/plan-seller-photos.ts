import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { addPhotos, photoMetaByUrl, photoTextError, removePhoto, type PhotoText } from "../../../lib/seller-photos"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export type PhotoChange = { seller_id: string; add?: string[]; remove?: string }

/**
 * The vitrine's photo list after the change, checked before anything is uploaded or written: the
 * count, and each new photo's alternative text (or its decorative mark).
 */
export const planSellerPhotosStep = createStep(
  "plan-seller-photos",
  async (input: PhotoChange & { add_count?: number; texts?: PhotoText[]; names?: string[] }, { container }) => {
    const seller = await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(input.seller_id)
    const existing = (seller.photos ?? []) as string[]
    const meta = photoMetaByUrl(seller.photo_meta)
    const textRefused = photoTextError(input.texts ?? [], input.names)
    if (textRefused) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, textRefused)
    }
    const result =
      input.remove !== undefined
        ? removePhoto(existing, input.remove)
        : addPhotos(existing, input.add ?? Array.from({ length: input.add_count ?? 0 }, (_, i) => `pending-${i}`))
    if ("error" in result) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, result.error)
    }
    return new StepResponse({ existing, meta, photos: result.photos })
  }
)
