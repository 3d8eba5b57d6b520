import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { arrangeSellerPhotosWorkflow } from "../../../../../../workflows/merchant"
import type { VendorArrangePhotosType } from "../../../../validators"

/** Puts the vitrine's photos in the order given (the first is the cover) with their texts; `remove` takes some off. */
export async function POST(req: AuthenticatedMedusaRequest<VendorArrangePhotosType>, res: MedusaResponse) {
  const { result } = await arrangeSellerPhotosWorkflow(req.scope).run({
    input: { merchant_id: req.auth_context.actor_id, seller_id: req.params.id, photos: req.validatedBody.photos, remove: req.validatedBody.remove },
  })
  res.json(result)
}
