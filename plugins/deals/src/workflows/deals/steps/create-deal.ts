import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALS_MODULE, type DealsModuleService } from "../../../modules/deals"

export const createDealStep = createStep(
  "create-deal",
  async (input: Record<string, unknown> & { seller_id: string }, { container }) => {
    const deal = await container.resolve<DealsModuleService>(DEALS_MODULE).createDeals(input)
    return new StepResponse(deal, deal.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<DealsModuleService>(DEALS_MODULE).deleteDeals(id)
    }
  }
)
