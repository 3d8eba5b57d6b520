import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { prepareOnlinePaymentWorkflow } from "../../../../../workflows/checkout"
import type { StorePrepareOnlinePaymentType } from "../../../validators"

/** Opens the payment session for what the cart's online establishments are owed. */
export async function POST(req: MedusaRequest<StorePrepareOnlinePaymentType>, res: MedusaResponse) {
  const { result } = await prepareOnlinePaymentWorkflow(req.scope).run({
    input: { cart_id: req.params.id, provider_id: req.validatedBody.provider_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment_collection],
  } = await query.graph({
    entity: "payment_collection",
    fields: ["id", "amount", "currency_code", "status", "payment_sessions.*"],
    filters: { id: result.payment_collection_id },
  })
  res.json({ payment_collection })
}
