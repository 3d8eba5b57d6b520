import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canTransitionCommune, type CommuneStatus } from "../../../lib/commune-status"
import { COMMUNE_MODULE } from "../../../modules/commune"
import type CommuneModuleService from "../../../modules/commune/service"

export const validateCommuneTransitionStepId = "validate-commune-transition"

export const validateCommuneTransitionStep = createStep(
  validateCommuneTransitionStepId,
  async (input: { id: string; to: CommuneStatus }, { container }) => {
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    const commune = await service.retrieveCommune(input.id)
    if (!canTransitionCommune(commune.status, input.to)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A commune whose convention is ${commune.status} cannot become ${input.to}`
      )
    }
    return new StepResponse(commune)
  }
)
