import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCommunesStep, validateAgentCommuneStep, validateCommuneDataStep } from "../steps"
import type { CommuneBrandingInput } from "../types"

export const updateCommuneBrandingWorkflowId = "update-commune-branding"

/** A commune agent changes its own commune's logo and colours, nothing else. */
export const updateCommuneBrandingWorkflow = createWorkflow(
  updateCommuneBrandingWorkflowId,
  (input: { agent_id: string; commune_id: string; branding: CommuneBrandingInput }) => {
    validateAgentCommuneStep(input)
    const toValidate = transform(input, ({ branding }) => [branding])
    validateCommuneDataStep({ communes: toValidate })
    const updates = transform(input, ({ commune_id, branding }) => [{ ...branding, id: commune_id }])
    const communes = updateCommunesStep({ updates })
    return new WorkflowResponse(transform(communes, (updated) => updated[0]))
  }
)
