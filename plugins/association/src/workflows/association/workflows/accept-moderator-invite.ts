import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import {
  createModeratorRoleStep,
  ensureModeratorStep,
  markModeratorInviteAcceptedStep,
  validateModeratorInviteStep,
} from "../steps"

export const acceptModeratorInviteWorkflowId = "accept-moderator-invite"

/** Makes the invited person a moderator (or president) of the association, creating the moderator on first use. */
export const acceptModeratorInviteWorkflow = createWorkflow(
  acceptModeratorInviteWorkflowId,
  (input: { token: string; auth_identity_id: string; moderator_id?: string; first_name?: string | null; last_name?: string | null }) => {
    const invite = validateModeratorInviteStep(input)
    const moderator = ensureModeratorStep(
      transform({ input, invite }, ({ input, invite }) => ({
        moderator_id: input.moderator_id,
        email: invite.email,
        first_name: input.first_name,
        last_name: input.last_name,
      }))
    )
    when({ input }, ({ input }) => !input.moderator_id).then(() => {
      setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "moderator", value: moderator.id })
    })
    const role = createModeratorRoleStep(
      transform({ invite, moderator }, ({ invite, moderator }) => ({
        moderator_id: moderator.id,
        association_id: invite.association_id,
        role: invite.role,
      }))
    )
    markModeratorInviteAcceptedStep(invite)
    return new WorkflowResponse({ moderator, role })
  }
)
