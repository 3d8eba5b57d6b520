import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReservationStatus } from "../../../lib/reservation-status"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export type PickupReservationInput = {
  order_id: string
  seller_id: string
  group_id: string
  email: string
  status?: ReservationStatus
  pickup_deadline: Date
}

/** The pickup reservations of the reservation-mode orders of a checkout. */
export const createPickupReservationsStep = createStep(
  "create-pickup-reservations",
  async (input: PickupReservationInput[], { container }) => {
    if (!input.length) {
      return new StepResponse([], [])
    }
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const created = await service.createPickupReservations(input)
    return new StepResponse(
      created,
      created.map((r) => r.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve<SellerModuleService>(SELLER_MODULE).deletePickupReservations(ids)
  }
)
