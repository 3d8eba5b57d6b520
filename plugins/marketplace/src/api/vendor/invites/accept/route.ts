import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptMerchantInviteWorkflow } from "../../../../workflows/merchant"
import type { VendorAcceptInviteType } from "../../validators"

/**
 * Called with the token of /auth/merchant/emailpass (register, or login for a
 * merchant who already runs another establishment). A new merchant then logs
 * in again to get a token that carries its actor id.
 */
export async function POST(req: AuthenticatedMedusaRequest<VendorAcceptInviteType>, res: MedusaResponse) {
  const { token, ...profile } = req.validatedBody
  const { result } = await acceptMerchantInviteWorkflow(req.scope).run({
    input: {
      token,
      ...profile,
      auth_identity_id: req.auth_context.auth_identity_id,
      merchant_id: req.auth_context.actor_id || undefined,
    },
  })
  res.status(201).json({ merchant: result.merchant, membership: result.member })
}
