import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { ModeratorRole } from "../../../lib/moderation"
import type { ActorScope } from "../../../lib/scope"
import { createModeratorInviteStep, validateInviterStep } from "../steps"

export const inviteModeratorWorkflowId = "invite-moderator"

/** The operator, an agent of a served commune or the president invites someone to moderate; returns the token once. */
export const inviteModeratorWorkflow = createWorkflow(
  inviteModeratorWorkflowId,
  (input: { scope: ActorScope; association_id: string; email: string; role: ModeratorRole }) => {
    const { data: associations } = useQueryGraphStep({
      entity: "association",
      fields: ["id", "communes.id"],
      filters: { id: input.association_id },
    })
    validateInviterStep(
      transform({ input, associations }, ({ input, associations }) => ({
        scope: input.scope,
        association_id: input.association_id,
        commune_ids: associations.length
          ? ((associations[0].communes ?? []) as { id: string }[]).map((c) => c.id)
          : ["__none__"],
      }))
    )
    const invite = createModeratorInviteStep(
      transform({ input }, ({ input }) => ({
        association_id: input.association_id,
        email: input.email,
        role: input.role,
        invited_by: input.scope.actor_id,
      }))
    )
    return new WorkflowResponse(invite)
  }
)
