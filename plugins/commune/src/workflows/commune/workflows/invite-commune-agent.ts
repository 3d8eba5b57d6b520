import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createAgentInviteStep } from "../steps"

export const inviteCommuneAgentWorkflowId = "invite-commune-agent"

/** The operator invites a member of a commune's staff; the token is returned once. */
export const inviteCommuneAgentWorkflow = createWorkflow(
  inviteCommuneAgentWorkflowId,
  (input: { commune_id: string; email: string }) => {
    // Fails with a 404 when the commune does not exist.
    useQueryGraphStep({
      entity: "commune",
      fields: ["id"],
      filters: { id: input.commune_id },
      options: { throwIfKeyNotFound: true },
    })
    return new WorkflowResponse(createAgentInviteStep(input))
  }
)
