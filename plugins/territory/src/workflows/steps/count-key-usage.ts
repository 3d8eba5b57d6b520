import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

/** One more request for a key on a day; the compensation takes it back. */
export const countKeyUsageStep = createStep(
  "count-key-usage",
  async (input: { key_id: string; day: string }, { container }) => {
    await container.resolve<TerritoryModuleService>(TERRITORY_MODULE).countKeyUsage(input.key_id, input.day)
    return new StepResponse(undefined, input)
  },
  async (input, { container }) => {
    if (input) {
      await container.resolve<TerritoryModuleService>(TERRITORY_MODULE).uncountKeyUsage(input.key_id, input.day)
    }
  }
)
