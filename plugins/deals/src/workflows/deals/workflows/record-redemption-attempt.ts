import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordRedemptionAttemptStep } from "../steps"

export const recordRedemptionAttemptWorkflowId = "record-redemption-attempt"

/** A refused attempt is recorded on its own, since the redemption that failed wrote nothing. */
export const recordRedemptionAttemptWorkflow = createWorkflow(
  recordRedemptionAttemptWorkflowId,
  (input: { code: string; merchant_id: string; reason: string }) =>
    new WorkflowResponse(
      recordRedemptionAttemptStep(transform({ input }, ({ input }) => ({ ...input, outcome: "refused" as const })))
    )
)
