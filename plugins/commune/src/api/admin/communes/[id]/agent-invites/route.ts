import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteCommuneAgentWorkflow } from "../../../../../workflows/commune"
import type { AdminInviteAgentType } from "../../validators"

/**
 * Returns the invitation token once: the operator hands it to the agent, who
 * registers on /auth/agent/emailpass/register and accepts it.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminInviteAgentType>,
  res: MedusaResponse
) {
  const { result } = await inviteCommuneAgentWorkflow(req.scope).run({
    input: { commune_id: req.params.id, email: req.validatedBody.email },
  })
  res.status(201).json({ invite: result })
}
