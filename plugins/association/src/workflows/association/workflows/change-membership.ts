import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { MembershipStatus } from "../../../lib/moderation"
import { changeMembershipStep, validateMembershipCommuneStep } from "../steps"

export const changeMembershipWorkflowId = "change-membership"

/**
 * Moves an establishment's membership: a moderator invites it (only in a
 * commune the association serves) or removes it; its merchant accepts or leaves.
 * Who may do which is checked by the caller's route; this checks the rest.
 */
export const changeMembershipWorkflow = createWorkflow(
  changeMembershipWorkflowId,
  (input: { association_id: string; seller_id: string; status: MembershipStatus }) => {
    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["id", "commune.id"],
      filters: { id: input.seller_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "membership-seller" })
    const { data: associations } = useQueryGraphStep({
      entity: "association",
      fields: ["id", "communes.id"],
      filters: { id: input.association_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "membership-association" })
    validateMembershipCommuneStep(
      transform({ sellers, associations, input }, ({ sellers, associations, input }) => ({
        seller_commune_id: sellers[0].commune?.id as string | undefined,
        association_commune_ids: ((associations[0].communes ?? []) as { id: string }[]).map((c) => c.id),
        status: input.status,
      }))
    )
    return new WorkflowResponse(changeMembershipStep(input))
  }
)
