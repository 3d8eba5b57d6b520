import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNE_MODULE } from "../../../modules/commune"
import type CommuneModuleService from "../../../modules/commune/service"

export const markAgentInviteAcceptedStepId = "mark-agent-invite-accepted"

export const markAgentInviteAcceptedStep = createStep(
  markAgentInviteAcceptedStepId,
  async (input: { id: string }, { container }) => {
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    await service.updateAgentInvites({ id: input.id, accepted_at: new Date() })
    return new StepResponse(undefined, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    await service.updateAgentInvites({ id, accepted_at: null })
  }
)
