import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  checkReservationMove,
  type ReservationActor,
  type ReservationStatus,
} from "../../../lib/reservation-status"

export type ReservationMoveInput = {
  reservation: { id: string; status: ReservationStatus; seller_id: string; group_id: string; order_id: string } | undefined
  to: ReservationStatus
  actor: ReservationActor
  reason?: string | null
  /** When a merchant acts: the establishment it acts for; another's reservation does not exist for it. */
  seller_id?: string
  /** When a shopper acts: the checkout they hold; a reservation of another checkout does not exist for them. */
  group_id?: string
}

export const validateReservationMoveStep = createStep(
  "validate-reservation-move",
  async ({ reservation, to, actor, reason, seller_id, group_id }: ReservationMoveInput) => {
    const foreign =
      !reservation ||
      (seller_id !== undefined && reservation.seller_id !== seller_id) ||
      (group_id !== undefined && reservation.group_id !== group_id)
    if (foreign) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Réservation introuvable")
    }
    const move = checkReservationMove(reservation.status, to, actor, reason)
    if (!move.ok) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, move.reason)
    }
    return new StepResponse(reservation)
  }
)
