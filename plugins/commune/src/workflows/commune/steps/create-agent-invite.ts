import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateInviteToken, hashInviteToken, inviteExpiry } from "@enjoy/kernel"
import { COMMUNE_MODULE } from "../../../modules/commune"
import type CommuneModuleService from "../../../modules/commune/service"

export const createAgentInviteStepId = "create-agent-invite"

/** Returns the clear token once; only its hash is stored. */
export const createAgentInviteStep = createStep(
  createAgentInviteStepId,
  async (input: { commune_id: string; email: string }, { container }) => {
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    const token = generateInviteToken()
    const invite = await service.createAgentInvites({
      commune_id: input.commune_id,
      email: input.email.toLowerCase(),
      token_hash: hashInviteToken(token),
      expires_at: inviteExpiry(new Date()),
    })
    return new StepResponse(
      { id: invite.id, email: invite.email, expires_at: invite.expires_at, token },
      invite.id
    )
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    await service.deleteAgentInvites(id)
  }
)
