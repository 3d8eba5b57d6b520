import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ActorScope } from "../../../lib/scope"
import { ASSOCIATION_MODULE, type AssociationModuleService } from "../../../modules/association"

/**
 * Assisted entry: a moderator acts only for establishments that are active
 * members of one of its associations (the operator for any); any other is a
 * 404. Returns the association acted for, for the audit. Shared with the
 * route that opens the assisted editor.
 */
export async function onBehalfAssociation(
  service: AssociationModuleService,
  scope: ActorScope,
  sellerId: string
): Promise<{ association_id: string | null }> {
  if (scope.actor_type === "operator") {
    return { association_id: null }
  }
  const associationIds = scope.actor_type === "moderator" ? scope.association_ids : []
  const [membership] = associationIds.length
    ? await service.listAssociationMemberships({ seller_id: sellerId, association_id: associationIds, status: "active" })
    : []
  if (!membership) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Establishment with id: ${sellerId} was not found`)
  }
  return { association_id: membership.association_id as string }
}

export const validateOnBehalfStep = createStep(
  "validate-on-behalf",
  async (input: { scope: ActorScope; seller_id: string }, { container }) => {
    const service = container.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
    return new StepResponse(await onBehalfAssociation(service, input.scope, input.seller_id))
  }
)
