import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { countKeyUsageStep } from "../steps"

export const countKeyUsageWorkflowId = "count-key-usage"

/** Counts a partner's request against its key, per day. */
export const countKeyUsageWorkflow = createWorkflow(countKeyUsageWorkflowId, (input: { key_id: string; day: string }) => {
  return new WorkflowResponse(countKeyUsageStep(input))
})
