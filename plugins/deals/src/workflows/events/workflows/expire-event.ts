import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setEventStatusStep } from "../steps"

export const expireEventWorkflowId = "expire-event"

/** The scheduled job retires an event whose last occurrence is over. */
export const expireEventWorkflow = createWorkflow(expireEventWorkflowId, (input: { event_id: string }) =>
  new WorkflowResponse(setEventStatusStep({ id: input.event_id, from: ["draft", "pending", "published"], to: "expired" }))
)
