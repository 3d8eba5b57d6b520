import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ASSOCIATION_MODULE, type AssociationModuleService } from "../../../modules/association"

export const markModeratorInviteAcceptedStep = createStep(
  "mark-moderator-invite-accepted",
  async (invite: { id: string }, { container }) => {
    const service = container.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
    await service.updateModeratorInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse(invite.id, invite.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<AssociationModuleService>(ASSOCIATION_MODULE).updateModeratorInvites({ id, accepted_at: null })
    }
  }
)
