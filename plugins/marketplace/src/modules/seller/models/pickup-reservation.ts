import { model } from "@medusajs/framework/utils"
import { RESERVATION_STATUSES } from "../../../lib/reservation-status"

/**
 * The pickup side of a reservation-mode order ("réservez, payez en boutique"):
 * its status, who must act next and the deadline after which the items go
 * back on the shelf.
 */
export const PickupReservation = model
  .define("pickup_reservation", {
    id: model.id({ prefix: "resa" }).primaryKey(),
    order_id: model.text().unique(),
    seller_id: model.text(),
    group_id: model.text(),
    email: model.text(),
    status: model.enum([...RESERVATION_STATUSES]).default("requested"),
    pickup_deadline: model.dateTime(),
    decline_reason: model.text().nullable(),
    confirmed_at: model.dateTime().nullable(),
    ready_at: model.dateTime().nullable(),
    collected_at: model.dateTime().nullable(),
    ended_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["seller_id", "status"] }, { on: ["status", "pickup_deadline"] }])
