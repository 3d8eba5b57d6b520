import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { claimDealWorkflow } from "../../../../../workflows"
import { presentClaim } from "../../../../utils"
import type { StoreClaimDealType } from "../../../../validators"

/** A signed-in shopper claims with its account; a guest gives an e-mail. Returns the code and its QR payload. */
export async function POST(req: AuthenticatedMedusaRequest<StoreClaimDealType>, res: MedusaResponse) {
  const customerId = req.auth_context?.actor_id || null
  let email = req.validatedBody.email
  if (customerId) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["email"], filters: { id: customerId } })
    email = data[0]?.email ?? email
  }
  if (!email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Indiquez votre adresse e-mail pour recevoir le code (champ « email »)")
  }
  const { result } = await claimDealWorkflow(req.scope).run({
    input: { deal_id: req.params.id, email, customer_id: customerId },
  })
  res.status(201).json({ claim: presentClaim({ ...result, deal_id: req.params.id }) })
}
