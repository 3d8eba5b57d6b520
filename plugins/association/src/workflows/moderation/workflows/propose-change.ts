import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ProposalInput, recordProposalStep } from "../steps"

export const proposeChangeWorkflowId = "propose-change"

/**
 * The moderation entry point for other plugins (bons plans, events): the
 * change becomes a case for the establishment's reviewers; `hold` says
 * whether it must wait for approval (pre) or may be published now (post).
 */
export const proposeChangeWorkflow = createWorkflow(proposeChangeWorkflowId, (input: ProposalInput) =>
  new WorkflowResponse(recordProposalStep(input))
)
