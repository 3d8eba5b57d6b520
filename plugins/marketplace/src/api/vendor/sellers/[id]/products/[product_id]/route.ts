import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateSellerProductWorkflow } from "../../../../../../workflows/catalog"
import { listOwnProducts } from "../../../../../utils/own-products"
import type { VendorUpdateProductType } from "../../../../validators"

/** The merchant changes a product's text, price (euros) or stock; another's product is a 404. */
export async function POST(req: AuthenticatedMedusaRequest<VendorUpdateProductType>, res: MedusaResponse) {
  const { result } = await updateSellerProductWorkflow(req.scope).run({
    input: {
      merchant_id: req.auth_context.actor_id,
      seller_id: req.params.id,
      product_id: req.params.product_id,
      update: req.validatedBody,
    },
  })
  const product = (await listOwnProducts(req, req.params.id)).find(
    (p: { id: string }) => p.id === req.params.product_id
  )
  // held: the new text waits for review; the product shows its approved text meanwhile.
  res.json({ product, held: result.held })
}
