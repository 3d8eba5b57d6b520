import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCommunesStep, validateCommuneTransitionStep } from "../steps"

export const reactivateCommuneWorkflowId = "reactivate-commune"

/** Resumes a suspended convention. */
export const reactivateCommuneWorkflow = createWorkflow(
  reactivateCommuneWorkflowId,
  (input: { id: string }) => {
    validateCommuneTransitionStep({ id: input.id, to: "active" })
    const updates = transform(input, ({ id }) => [{ id, status: "active" as const }])
    const communes = updateCommunesStep({ updates })
    return new WorkflowResponse(transform(communes, (updated) => updated[0]))
  }
)
