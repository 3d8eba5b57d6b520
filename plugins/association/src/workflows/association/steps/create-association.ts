import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ModerationPolicy } from "../../../lib/moderation"
import { ASSOCIATION_MODULE, type AssociationModuleService } from "../../../modules/association"

export type CreateAssociationInput = {
  name: string
  slug: string
  email: string
  phone?: string | null
  website?: string | null
  logo_url?: string | null
  policy: ModerationPolicy
}

export const createAssociationStep = createStep(
  "create-association",
  async (input: CreateAssociationInput, { container }) => {
    const service = container.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
    const association = await service.createAssociations(input)
    return new StepResponse(association, association.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<AssociationModuleService>(ASSOCIATION_MODULE).deleteAssociations(id)
    }
  }
)
