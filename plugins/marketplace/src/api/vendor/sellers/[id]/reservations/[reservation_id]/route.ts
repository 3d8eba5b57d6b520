import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { changeReservationStatusWorkflow } from "../../../../../../workflows/reservation"
import { retrieveOwnSeller } from "../../../../../utils/own-seller"
import type { VendorMoveReservationType } from "../../../../validators"
import { VENDOR_RESERVATION_FIELDS } from "../route"

/** The merchant confirms, readies, hands over or declines (with a reason) a reservation. */
export async function POST(req: AuthenticatedMedusaRequest<VendorMoveReservationType>, res: MedusaResponse) {
  await retrieveOwnSeller(req, req.params.id)
  await changeReservationStatusWorkflow(req.scope).run({
    input: {
      reservation_id: req.params.reservation_id,
      status: req.validatedBody.status,
      reason: req.validatedBody.reason,
      actor: "merchant",
      seller_id: req.params.id,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [reservation],
  } = await query.graph({
    entity: "pickup_reservation",
    fields: VENDOR_RESERVATION_FIELDS,
    filters: { id: req.params.reservation_id },
  })
  res.json({ reservation })
}
