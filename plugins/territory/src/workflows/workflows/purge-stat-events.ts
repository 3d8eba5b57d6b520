import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { purgeStatEventsStep } from "../steps"

export const purgeStatEventsWorkflowId = "purge-stat-events"

/** The retention policy: raw events live a few weeks, the daily aggregates stay. */
export const purgeStatEventsWorkflow = createWorkflow(purgeStatEventsWorkflowId, (input: { before: Date }) => {
  return new WorkflowResponse(purgeStatEventsStep(input))
})
