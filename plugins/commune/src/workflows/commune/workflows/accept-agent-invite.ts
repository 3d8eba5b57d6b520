import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import {
  createCommuneAgentStep,
  markAgentInviteAcceptedStep,
  validateAgentInviteStep,
} from "../steps"

export const acceptAgentInviteWorkflowId = "accept-agent-invite"

export type AcceptAgentInviteInput = {
  token: string
  auth_identity_id: string
  /** Set when the auth identity already belongs to an agent. */
  auth_identity_agent_id?: string
  first_name?: string | null
  last_name?: string | null
  job_title?: string | null
}

/** Turns a registered `agent` auth identity into the commune agent it was invited as. */
export const acceptAgentInviteWorkflow = createWorkflow(
  acceptAgentInviteWorkflowId,
  (input: AcceptAgentInviteInput) => {
    const invite = validateAgentInviteStep(input)
    const agentInput = transform({ input, invite }, ({ input, invite }) => ({
      commune_id: invite.commune_id,
      email: invite.email,
      first_name: input.first_name ?? null,
      last_name: input.last_name ?? null,
      job_title: input.job_title ?? null,
    }))
    const agent = createCommuneAgentStep(agentInput)
    setAuthAppMetadataStep({
      authIdentityId: input.auth_identity_id,
      actorType: "agent",
      value: agent.id,
    })
    markAgentInviteAcceptedStep(invite)
    return new WorkflowResponse(agent)
  }
)
