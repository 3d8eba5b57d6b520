import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { type ReservationActor, type ReservationStatus, releasesStock } from "../../../lib/reservation-status"
import { updatePickupReservationStep, validateReservationMoveStep } from "../steps"
import { settleCollectedOrderWorkflow } from "./settle-collected-order"

export const changeReservationStatusWorkflowId = "change-reservation-status"

/** Emitted after every move of a reservation: notifications listen to it. */
export const RESERVATION_STATUS_CHANGED = "marketplace.reservation.status_changed"

export type ChangeReservationStatusInput = {
  reservation_id: string
  status: ReservationStatus
  actor: ReservationActor
  reason?: string | null
  seller_id?: string
  group_id?: string
}

/**
 * Moves a reservation along requested → confirmed → ready → collected, or
 * ends it (declined, cancelled, expired): then its order is cancelled, which
 * releases the reserved stock. Collected, it is fulfilled and paid in store.
 */
export const changeReservationStatusWorkflow = createWorkflow(
  changeReservationStatusWorkflowId,
  (input: ChangeReservationStatusInput) => {
    const { data: reservations } = useQueryGraphStep({
      entity: "pickup_reservation",
      fields: ["id", "status", "seller_id", "group_id", "order_id"],
      filters: { id: input.reservation_id },
    })
    const reservation = validateReservationMoveStep({
      reservation: transform({ reservations }, ({ reservations }) => reservations[0]),
      to: input.status,
      actor: input.actor,
      reason: input.reason,
      seller_id: input.seller_id,
      group_id: input.group_id,
    })
    const updated = updatePickupReservationStep({ id: input.reservation_id, status: input.status, reason: input.reason })

    when("ends-without-sale", { input }, ({ input }) => releasesStock(input.status)).then(() => {
      cancelOrderWorkflow.runAsStep({
        input: transform({ reservation, input }, ({ reservation, input }) => ({
          order_id: reservation.order_id,
          canceled_by: input.actor,
        })),
      })
    })

    when("collected-in-store", { input }, ({ input }) => input.status === "collected").then(() => {
      settleCollectedOrderWorkflow.runAsStep({
        input: transform({ reservation }, ({ reservation }) => ({ order_id: reservation.order_id })),
      })
    })

    emitEventStep({
      eventName: RESERVATION_STATUS_CHANGED,
      data: transform({ input }, ({ input }) => ({ id: input.reservation_id, status: input.status })),
    })
    return new WorkflowResponse(updated)
  }
)
