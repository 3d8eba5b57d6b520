import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export type CreateOrderGroupInput = {
  cart_id: string
  email: string
  customer_id: string | null
  payment_collection_id: string | null
  online_total: number
}

/** The group every order of one checkout belongs to; removed again if the checkout fails. */
export const createOrderGroupStep = createStep(
  "create-order-group",
  async (input: CreateOrderGroupInput, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const group = await service.createOrderGroups(input)
    return new StepResponse(group, group.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<SellerModuleService>(SELLER_MODULE).deleteOrderGroups(id)
  }
)
