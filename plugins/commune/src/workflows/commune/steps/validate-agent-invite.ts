import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken } from "../../../lib/invite-token"
import { COMMUNE_MODULE } from "../../../modules/commune"
import type CommuneModuleService from "../../../modules/commune/service"

export const validateAgentInviteStepId = "validate-agent-invite"

/** An invite is usable once, before it expires, by someone not yet an agent. */
export const validateAgentInviteStep = createStep(
  validateAgentInviteStepId,
  async (input: { token: string; auth_identity_agent_id?: string }, { container }) => {
    if (input.auth_identity_agent_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This account is already a commune agent")
    }
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    const [invite] = await service.listAgentInvites({ token_hash: hashInviteToken(input.token) })
    if (!invite || invite.accepted_at || new Date(invite.expires_at) < new Date()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This invitation is invalid, expired or already used"
      )
    }
    return new StepResponse({ id: invite.id, email: invite.email, commune_id: invite.commune_id })
  }
)
