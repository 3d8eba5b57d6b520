import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitSellerWorkflow } from "../../../../../workflows/merchant"
import { retrieveOwnSeller } from "../../../../utils/own-seller"

/** The merchant asks for its establishment to open. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await submitSellerWorkflow(req.scope).run({
    input: { merchant_id: req.auth_context.actor_id, seller_id: req.params.id },
  })
  res.json({ seller: await retrieveOwnSeller(req, req.params.id) })
}
