import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCommunesStep, validateCommuneDataStep } from "../steps"
import type { UpdateCommuneInput } from "../types"

export const updateCommuneWorkflowId = "update-commune"

export const updateCommuneWorkflow = createWorkflow(
  updateCommuneWorkflowId,
  (input: { id: string; update: UpdateCommuneInput }) => {
    const toValidate = transform(input, ({ update }) => [update])
    validateCommuneDataStep({ communes: toValidate })
    const updates = transform(input, ({ id, update }) => [{ ...update, id }])
    const communes = updateCommunesStep({ updates })
    return new WorkflowResponse(transform(communes, (updated) => updated[0]))
  }
)
