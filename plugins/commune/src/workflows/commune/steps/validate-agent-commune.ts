import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNE_MODULE } from "../../../modules/commune"
import type CommuneModuleService from "../../../modules/commune/service"

export const validateAgentCommuneStepId = "validate-agent-commune"

/**
 * An agent acts on its own commune only. Another commune answers 404, as if
 * it did not exist, so that tenants cannot probe each other.
 */
export const validateAgentCommuneStep = createStep(
  validateAgentCommuneStepId,
  async (input: { agent_id: string; commune_id: string }, { container }) => {
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    const [agent] = await service.listCommuneAgents({ id: input.agent_id })
    if (!agent || agent.commune_id !== input.commune_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Commune with id: ${input.commune_id} was not found`
      )
    }
    return new StepResponse(agent)
  }
)
