import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNE_MODULE } from "../../../modules/commune"
import type CommuneModuleService from "../../../modules/commune/service"

export const deleteCommunesStepId = "delete-communes"

/** Soft-deletes, so that the compensation can restore everything as it was. */
export const deleteCommunesStep = createStep(
  deleteCommunesStepId,
  async (input: { ids: string[] }, { container }) => {
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    await service.softDeleteCommunes(input.ids)
    return new StepResponse(input.ids, input.ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    await service.restoreCommunes(ids)
  }
)
