import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteMerchantWorkflow } from "../../../../../workflows/merchant"
import type { AdminInviteMerchantType } from "../../validators"

/**
 * Returns the invitation token once: the merchant registers on
 * /auth/merchant/emailpass/register and accepts it on /vendor/invites/accept.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminInviteMerchantType>, res: MedusaResponse) {
  const { result } = await inviteMerchantWorkflow(req.scope).run({
    input: { seller_id: req.params.id, ...req.validatedBody },
  })
  res.status(201).json({ invite: result })
}
