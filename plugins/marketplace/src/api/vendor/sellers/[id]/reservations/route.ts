import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retrieveOwnSeller } from "../../../../utils/own-seller"
import type { VendorListReservationsType } from "../../../validators"

export const VENDOR_RESERVATION_FIELDS = [
  "id",
  "status",
  "email",
  "pickup_deadline",
  "decline_reason",
  "created_at",
  "confirmed_at",
  "ready_at",
  "collected_at",
  "ended_at",
  "order.id",
  "order.display_id",
  "order.total",
  "order.currency_code",
  // Who to prepare it for and how to reach them: the checkout promises shoppers the establishment can.
  "order.email",
  "order.shipping_address.first_name",
  "order.shipping_address.last_name",
  "order.shipping_address.phone",
  "order.items.title",
  "order.items.quantity",
  "order.items.unit_price",
]

/** The reservations of an establishment the merchant runs, the most urgent pickup first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, VendorListReservationsType>, res: MedusaResponse) {
  await retrieveOwnSeller(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status } = req.validatedQuery
  const { data: reservations } = await query.graph({
    entity: "pickup_reservation",
    fields: VENDOR_RESERVATION_FIELDS,
    filters: { seller_id: req.params.id, ...(status ? { status } : {}) },
    pagination: { order: { pickup_deadline: "ASC" } },
  })
  res.json({ reservations, count: reservations.length })
}
