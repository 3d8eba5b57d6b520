import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type KeyManager, revokePartnerKeyStep, validateKeyScopeStep } from "../steps"

export const revokePartnerKeyWorkflowId = "revoke-partner-key"

/** Revokes a key the caller manages: it stops working on the next request. */
export const revokePartnerKeyWorkflow = createWorkflow(revokePartnerKeyWorkflowId, (input: { key_id: string; manager: KeyManager }) => {
  const key = validateKeyScopeStep(input)
  return new WorkflowResponse(revokePartnerKeyStep(key))
})
