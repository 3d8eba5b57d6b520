import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createSellerProductWorkflow } from "../../../../../workflows/catalog"
import { retrieveOwnSeller } from "../../../../utils/own-seller"
import type { VendorCreateProductType } from "../../../validators"
import { listOwnProducts } from "../../../../utils/own-products"

/** The products of an establishment the merchant runs. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveOwnSeller(req, req.params.id)
  const products = await listOwnProducts(req, req.params.id)
  res.json({ products, count: products.length })
}

/** Adds a product, priced in euros and stocked in the establishment's location. */
export async function POST(req: AuthenticatedMedusaRequest<VendorCreateProductType>, res: MedusaResponse) {
  const { result } = await createSellerProductWorkflow(req.scope).run({
    input: { merchant_id: req.auth_context.actor_id, seller_id: req.params.id, product: req.validatedBody },
  })
  const product = (await listOwnProducts(req, req.params.id)).find((p: { id: string }) => p.id === result.id)
  res.status(201).json({ product })
}
