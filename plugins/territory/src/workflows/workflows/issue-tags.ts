import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTagsStep, type TagTarget } from "../steps"

export const issueTagsWorkflowId = "issue-tags"

/** Gives establishments and bons plans their short code (those that have one keep it); returns all their tags. */
export const issueTagsWorkflow = createWorkflow(issueTagsWorkflowId, (targets: TagTarget[]) => {
  return new WorkflowResponse(createTagsStep(targets))
})
