import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReservationStatus } from "../../../lib/reservation-status"
import { releasesStock } from "../../../lib/reservation-status"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

const STAMPS: Partial<Record<ReservationStatus, "confirmed_at" | "ready_at" | "collected_at">> = {
  confirmed: "confirmed_at",
  ready: "ready_at",
  collected: "collected_at",
}

/** Moves a reservation to its new status and stamps when; the compensation puts it back as it was. */
export const updatePickupReservationStep = createStep(
  "update-pickup-reservation",
  async (input: { id: string; status: ReservationStatus; reason?: string | null }, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const previous = await service.retrievePickupReservation(input.id)
    const now = new Date()
    const stamp = STAMPS[input.status]
    const updated = await service.updatePickupReservations({
      id: input.id,
      status: input.status,
      ...(stamp ? { [stamp]: now } : {}),
      ...(releasesStock(input.status) || input.status === "collected" ? { ended_at: now } : {}),
      ...(input.status === "declined" ? { decline_reason: input.reason?.trim() ?? null } : {}),
    })
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const { id, status, confirmed_at, ready_at, collected_at, ended_at, decline_reason } = previous
    await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .updatePickupReservations({ id, status, confirmed_at, ready_at, collected_at, ended_at, decline_reason })
  }
)
