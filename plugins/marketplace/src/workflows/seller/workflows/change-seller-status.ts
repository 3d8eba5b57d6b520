import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SellerStatus } from "../../../lib/seller-status"
import { updateSellersStep, validateSellerTransitionStep } from "../steps"

export const changeSellerStatusWorkflowId = "change-seller-status"

/**
 * Moves an establishment along its lifecycle (submit, approve, send back,
 * suspend, reopen, close). One workflow for all: the rules live in one pure
 * state machine, and associations will hook their moderation in here.
 */
export const changeSellerStatusWorkflow = createWorkflow(
  changeSellerStatusWorkflowId,
  (input: { id: string; status: SellerStatus }) => {
    validateSellerTransitionStep(transform(input, ({ id, status }) => ({ id, to: status })))
    const updated = updateSellersStep(
      transform(input, ({ id, status }) => ({ updates: [{ id, status }] }))
    )
    return new WorkflowResponse(transform(updated, (list) => list[0]))
  }
)
