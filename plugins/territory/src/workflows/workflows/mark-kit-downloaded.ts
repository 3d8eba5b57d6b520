import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markKitDownloadedStep } from "../steps"

export const markKitDownloadedWorkflowId = "mark-kit-downloaded"

export const markKitDownloadedWorkflow = createWorkflow(markKitDownloadedWorkflowId, (input: { tag_id: string }) => {
  return new WorkflowResponse(markKitDownloadedStep(input))
})
