import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { previousValues } from "@enjoy/kernel"
import { COMMUNE_MODULE } from "../../../modules/commune"
import type CommuneModuleService from "../../../modules/commune/service"
import { communeData, type UpdateCommuneInput } from "../types"
import type { CommuneStatus } from "../../../lib/commune-status"

export const updateCommunesStepId = "update-communes"

type Update = UpdateCommuneInput & { id: string; status?: CommuneStatus }

/** Updates communes and, on compensation, puts back the fields it changed. */
export const updateCommunesStep = createStep(
  updateCommunesStepId,
  async (input: { updates: Update[] }, { container }) => {
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    const previous = await service.listCommunes({ id: input.updates.map((u) => u.id) })
    const restore = previousValues(input.updates, previous)
    const communes = await service.updateCommunes(input.updates.map(communeData))
    return new StepResponse(communes, restore)
  },
  async (restore, { container }) => {
    if (!restore?.length) {
      return
    }
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    await service.updateCommunes(restore)
  }
)
