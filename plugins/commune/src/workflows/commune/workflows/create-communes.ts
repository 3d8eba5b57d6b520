import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCommunesStep, validateCommuneDataStep } from "../steps"
import type { CreateCommuneInput } from "../types"

export const createCommunesWorkflowId = "create-communes"

export const createCommunesWorkflow = createWorkflow(
  createCommunesWorkflowId,
  (input: { communes: CreateCommuneInput[] }) => {
    validateCommuneDataStep(input)
    return new WorkflowResponse(createCommunesStep(input))
  }
)
