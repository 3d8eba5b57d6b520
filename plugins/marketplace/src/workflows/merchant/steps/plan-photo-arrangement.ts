import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { arrangePhotos, type PhotoMetaMap, type PhotoText } from "../../../lib/seller-photos"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export type PhotoArrangement = { seller_id: string; photos: ({ url: string } & PhotoText)[] }

/** The vitrine's photos in the new order with their texts, checked against what it holds. Writes nothing. */
export const planPhotoArrangementStep = createStep(
  "plan-photo-arrangement",
  async (input: PhotoArrangement, { container }) => {
    const seller = await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(input.seller_id)
    const result = arrangePhotos((seller.photos ?? []) as string[], (seller.photo_meta ?? {}) as PhotoMetaMap, input.photos)
    if ("error" in result) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, result.error)
    }
    return new StepResponse(result)
  }
)
