import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ModeratorRole } from "../../../lib/moderation"
import { ASSOCIATION_MODULE, type AssociationModuleService } from "../../../modules/association"

export const createModeratorRoleStep = createStep(
  "create-moderator-role",
  async (input: { moderator_id: string; association_id: string; role: ModeratorRole }, { container }) => {
    const service = container.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
    const role = await service.createAssociationModerators(input)
    return new StepResponse(role, role.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<AssociationModuleService>(ASSOCIATION_MODULE).deleteAssociationModerators(id)
    }
  }
)
