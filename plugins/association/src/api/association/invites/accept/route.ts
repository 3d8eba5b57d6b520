import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptModeratorInviteWorkflow } from "../../../../workflows/association"
import type { AcceptModeratorInviteType } from "../../../validators"

/** Called with the token of /auth/moderator/emailpass (register, or login for someone already moderating). */
export async function POST(req: AuthenticatedMedusaRequest<AcceptModeratorInviteType>, res: MedusaResponse) {
  const { token, ...profile } = req.validatedBody
  const { result } = await acceptModeratorInviteWorkflow(req.scope).run({
    input: {
      token,
      ...profile,
      auth_identity_id: req.auth_context.auth_identity_id,
      moderator_id: req.auth_context.actor_id || undefined,
    },
  })
  res.status(201).json({ moderator: result.moderator, role: result.role })
}
