import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken, identityEmails } from "@enjoy/kernel"
import { COMMUNE_MODULE } from "../../../modules/commune"
import type CommuneModuleService from "../../../modules/commune/service"

export const validateAgentInviteStepId = "validate-agent-invite"

export type ValidateAgentInviteInput = {
  token: string
  auth_identity_id: string
  /** Set when the auth identity already belongs to an agent. */
  auth_identity_agent_id?: string
}

/**
 * An invite is usable once, before it expires, by the person it was sent to
 * (the email they registered with), who must not be an agent already.
 */
export const validateAgentInviteStep = createStep(
  validateAgentInviteStepId,
  async (input: ValidateAgentInviteInput, { container }) => {
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

    const [identity] = await container
      .resolve(Modules.AUTH)
      .listAuthIdentities({ id: [input.auth_identity_id] }, { relations: ["provider_identities"] })
    const emails = identityEmails(identity)
    if (!emails.includes(invite.email)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This invitation was sent to another email address"
      )
    }
    return new StepResponse({ id: invite.id, email: invite.email, commune_id: invite.commune_id })
  }
)
