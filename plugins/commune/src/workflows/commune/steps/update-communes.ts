import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNE_MODULE } from "../../../modules/commune"
import type CommuneModuleService from "../../../modules/commune/service"
import type { UpdateCommuneInput } from "../types"
import type { CommuneStatus } from "../../../lib/commune-status"

export const updateCommunesStepId = "update-communes"

type Update = UpdateCommuneInput & { id: string; status?: CommuneStatus }

/** Updates communes and, on compensation, puts back the fields it changed. */
export const updateCommunesStep = createStep(
  updateCommunesStepId,
  async (input: { updates: Update[] }, { container }) => {
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    const previous = await service.listCommunes({ id: input.updates.map((u) => u.id) })
    const restore = input.updates.map((update) => {
      const before = previous.find((p) => p.id === update.id) as Record<string, unknown> | undefined
      return Object.fromEntries(
        Object.keys(update).map((key) => [key, before?.[key]])
      ) as Update
    })
    const communes = await service.updateCommunes(input.updates as never[])
    return new StepResponse(communes, restore)
  },
  async (restore, { container }) => {
    if (!restore?.length) {
      return
    }
    const service: CommuneModuleService = container.resolve(COMMUNE_MODULE)
    await service.updateCommunes(restore as never[])
  }
)
