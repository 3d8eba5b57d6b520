import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCommunesStep, validateCommuneTransitionStep } from "../steps"

export const endCommuneWorkflowId = "end-commune"

/** Ends a commune's convention for good: its portal goes offline, its history stays readable. */
export const endCommuneWorkflow = createWorkflow(
  endCommuneWorkflowId,
  (input: { id: string }) => {
    validateCommuneTransitionStep({ id: input.id, to: "ended" })
    const updates = transform(input, ({ id }) => [{ id, status: "ended" as const }])
    const communes = updateCommunesStep({ updates })
    return new WorkflowResponse(transform(communes, (updated) => updated[0]))
  }
)
