import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canMoveMembership, type MembershipStatus } from "../../../lib/moderation"
import { ASSOCIATION_MODULE, type AssociationModuleService } from "../../../modules/association"

type Undo = {
  created?: string
  restore?: { id: string; status: MembershipStatus; joined_at: Date | null; ended_at: Date | null }
}

/** Invites an establishment (creates the membership) or moves an existing one along its lifecycle. */
export const changeMembershipStep = createStep(
  "change-membership",
  async (
    input: { association_id: string; seller_id: string; status: MembershipStatus },
    { container }
  ) => {
    const service = container.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
    const [current] = await service.listAssociationMemberships({ association_id: input.association_id, seller_id: input.seller_id })
    if (!current) {
      if (input.status !== "invited") {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cet établissement n'est pas invité dans cette association")
      }
      const created = await service.createAssociationMemberships({ association_id: input.association_id, seller_id: input.seller_id })
      return new StepResponse(created, { created: created.id } as Undo)
    }
    if (!canMoveMembership(current.status, input.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Une adhésion « ${current.status} » ne peut pas passer à « ${input.status} »`
      )
    }
    const now = new Date()
    const updated = await service.updateAssociationMemberships({
      id: current.id,
      status: input.status,
      ...(input.status === "active" ? { joined_at: now } : { ended_at: now }),
    })
    return new StepResponse(updated, {
      restore: { id: current.id, status: current.status, joined_at: current.joined_at, ended_at: current.ended_at },
    } as Undo)
  },
  async (undo, { container }) => {
    const service = container.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
    if (undo?.created) {
      await service.deleteAssociationMemberships(undo.created)
    } else if (undo?.restore) {
      await service.updateAssociationMemberships(undo.restore)
    }
  }
)
