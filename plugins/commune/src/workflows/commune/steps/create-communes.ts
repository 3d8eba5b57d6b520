import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNE_MODULE } from "../../../modules/commune"
import type CommuneModuleService from "../../../modules/commune/service"
import { communeData, type CreateCommuneInput } from "../types"

export const createCommunesStepId = "create-communes"

export const createCommunesStep = createStep(
  createCommunesStepId,
  async (input: { communes: CreateCommuneInput[] }, { container }) => {
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    const communes = await service.createCommunes(input.communes.map(communeData))
    return new StepResponse(
      communes,
      communes.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    await service.deleteCommunes(ids)
  }
)
