import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStatEventsStep, type StatEventInput } from "../steps"

export const recordStatEventsWorkflowId = "record-stat-events"

/** Counts audience and activity events, without anything that identifies a person. */
export const recordStatEventsWorkflow = createWorkflow(recordStatEventsWorkflowId, (events: StatEventInput[]) => {
  return new WorkflowResponse(createStatEventsStep(events))
})
