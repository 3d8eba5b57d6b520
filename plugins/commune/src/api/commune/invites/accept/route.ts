import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptAgentInviteWorkflow } from "../../../../workflows/commune"
import type { CommuneAcceptInviteType } from "../../validators"

/**
 * Called with the registration token of /auth/agent/emailpass/register. The
 * agent then logs in again to get a token that carries its actor id.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<CommuneAcceptInviteType>,
  res: MedusaResponse
) {
  const { token, ...profile } = req.validatedBody
  const { result: agent } = await acceptAgentInviteWorkflow(req.scope).run({
    input: {
      token,
      ...profile,
      auth_identity_id: req.auth_context.auth_identity_id,
      auth_identity_agent_id: req.auth_context.actor_id || undefined,
    },
  })
  res.status(201).json({ agent })
}
