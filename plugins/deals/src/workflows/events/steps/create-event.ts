import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALS_MODULE, type DealsModuleService } from "../../../modules/deals"

export const createEventStep = createStep(
  "create-event",
  async (input: Record<string, unknown>, { container }) => {
    const event = await container.resolve<DealsModuleService>(DEALS_MODULE).createAgendaEvents(input)
    return new StepResponse(event, event.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<DealsModuleService>(DEALS_MODULE).deleteAgendaEvents(id)
    }
  }
)
