import { generateInviteToken, hashInviteToken, inviteExpiry } from "@enjoy/kernel"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ModeratorRole } from "../../../lib/moderation"
import { ASSOCIATION_MODULE, type AssociationModuleService } from "../../../modules/association"

/** Returns the clear token once; only its hash is stored. */
export const createModeratorInviteStep = createStep(
  "create-moderator-invite",
  async (input: { association_id: string; email: string; role: ModeratorRole; invited_by: string }, { container }) => {
    const service = container.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
    const token = generateInviteToken()
    const invite = await service.createModeratorInvites({
      ...input,
      email: input.email.toLowerCase(),
      token_hash: hashInviteToken(token),
      expires_at: inviteExpiry(new Date()),
    })
    return new StepResponse({ id: invite.id, email: invite.email, role: invite.role, expires_at: invite.expires_at, token }, invite.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<AssociationModuleService>(ASSOCIATION_MODULE).deleteModeratorInvites(id)
    }
  }
)
