import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEventStep, type EventInput, prepareEventStep } from "../steps"

export const createCommuneEventWorkflowId = "create-commune-event"

/** A commune's agent publishes an event of the commune's agenda (agents are the commune's reviewers). */
export const createCommuneEventWorkflow = createWorkflow(
  createCommuneEventWorkflowId,
  (input: { agent_id: string; commune_id: string; event: EventInput }) => {
    const prepared = prepareEventStep(transform({ input }, ({ input }) => ({ event: input.event, held_at_establishment: false })))
    const event = createEventStep(
      transform({ prepared, input }, ({ prepared, input }) => ({
        ...prepared,
        commune_id: input.commune_id,
        seller_id: null,
        status: "published",
        created_by: input.agent_id,
      }))
    )
    return new WorkflowResponse(event)
  }
)
