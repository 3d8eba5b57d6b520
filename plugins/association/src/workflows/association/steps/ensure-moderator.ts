import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ASSOCIATION_MODULE, type AssociationModuleService } from "../../../modules/association"

/** The moderator behind the signed-in identity, created on first use (and removed again on rollback). */
export const ensureModeratorStep = createStep(
  "ensure-moderator",
  async (input: { moderator_id?: string; email: string; first_name?: string | null; last_name?: string | null }, { container }) => {
    const service = container.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
    if (input.moderator_id) {
      return new StepResponse(await service.retrieveModerator(input.moderator_id), null as string | null)
    }
    const moderator = await service.createModerators({
      email: input.email,
      first_name: input.first_name ?? null,
      last_name: input.last_name ?? null,
    })
    return new StepResponse(moderator, moderator.id as string | null)
  },
  async (createdId, { container }) => {
    if (createdId) {
      await container.resolve<AssociationModuleService>(ASSOCIATION_MODULE).deleteModerators(createdId)
    }
  }
)
