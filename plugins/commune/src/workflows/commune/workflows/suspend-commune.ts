import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCommunesStep, validateCommuneTransitionStep } from "../steps"

export const suspendCommuneWorkflowId = "suspend-commune"

/** Suspends a commune's convention: its portal goes offline, its data stays. */
export const suspendCommuneWorkflow = createWorkflow(
  suspendCommuneWorkflowId,
  (input: { id: string }) => {
    validateCommuneTransitionStep({ id: input.id, to: "suspended" })
    const updates = transform(input, ({ id }) => [{ id, status: "suspended" as const }])
    const communes = updateCommunesStep({ updates })
    return new WorkflowResponse(transform(communes, (updated) => updated[0]))
  }
)
