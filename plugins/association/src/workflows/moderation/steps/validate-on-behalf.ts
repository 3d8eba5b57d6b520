import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ActorScope } from "../../../lib/scope"
import { ASSOCIATION_MODULE, type AssociationModuleService } from "../../../modules/association"

/**
 * Assisted entry: a moderator edits only establishments that are active
 * members of one of its associations (the operator any); any other is a 404.
 * Returns the association acted for, for the audit.
 */
export const validateOnBehalfStep = createStep(
  "validate-on-behalf",
  async (input: { scope: ActorScope; seller_id: string }, { container }) => {
    if (input.scope.actor_type === "operator") {
      return new StepResponse({ association_id: null as string | null })
    }
    const associationIds = input.scope.actor_type === "moderator" ? input.scope.association_ids : []
    const service = container.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
    const [membership] = associationIds.length
      ? await service.listAssociationMemberships({ seller_id: input.seller_id, association_id: associationIds, status: "active" })
      : []
    if (!membership) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Establishment with id: ${input.seller_id} was not found`)
    }
    return new StepResponse({ association_id: membership.association_id as string | null })
  }
)
