import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { arrangePhotos, photoMetaByUrl, type PhotoText } from "../../../lib/seller-photos"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export type PhotoArrangement = { seller_id: string; photos: ({ url: string } & PhotoText)[]; remove?: string[] }

/** The vitrine's photos in the new order with their texts, and the files of those taken off; checked against what it holds. Writes nothing. */
export const planPhotoArrangementStep = createStep(
  "plan-photo-arrangement",
  async (input: PhotoArrangement, { container }) => {
    const seller = await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(input.seller_id)
    const result = arrangePhotos((seller.photos ?? []) as string[], photoMetaByUrl(seller.photo_meta), input.photos, input.remove)
    if ("error" in result) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, result.error)
    }
    return new StepResponse(result)
  }
)
