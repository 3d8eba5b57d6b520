import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCommunesStep } from "../steps"

export const deleteCommunesWorkflowId = "delete-communes"

export const deleteCommunesWorkflow = createWorkflow(
  deleteCommunesWorkflowId,
  (input: { ids: string[] }) => {
    return new WorkflowResponse(deleteCommunesStep(input))
  }
)
