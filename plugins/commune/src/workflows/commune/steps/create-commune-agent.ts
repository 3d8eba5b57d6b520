import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNE_MODULE } from "../../../modules/commune"
import type CommuneModuleService from "../../../modules/commune/service"

export const createCommuneAgentStepId = "create-commune-agent"

export type CreateCommuneAgentInput = {
  commune_id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  job_title?: string | null
}

export const createCommuneAgentStep = createStep(
  createCommuneAgentStepId,
  async (input: CreateCommuneAgentInput, { container }) => {
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    const agent = await service.createCommuneAgents(input)
    return new StepResponse(agent, agent.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    await service.deleteCommuneAgents(id)
  }
)
