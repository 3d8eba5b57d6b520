import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { emptyWeek, InvalidOpeningHoursError, type OpeningHours, toOsmOpeningHours, weeklyFromOsmOpeningHours } from "@enjoy/kernel"
import { updateVendorSellerWorkflow } from "../../../../../workflows/merchant"
import { retrieveOwnSeller } from "../../../../utils/own-seller"
import type { VendorImportOpeningHoursType } from "../../../validators"

/** The hours as an OpenStreetMap `opening_hours` value, to paste into OSM or elsewhere. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await retrieveOwnSeller(req, req.params.id)
  const hours = (seller.opening_hours as OpeningHours | null) ?? { weekly: emptyWeek(), exceptions: [] }
  res.json({ osm: toOsmOpeningHours(hours), opening_hours: hours })
}

/** Imports the weekly hours from an OSM value, keeping the dated exceptions already set. */
export async function POST(
  req: AuthenticatedMedusaRequest<VendorImportOpeningHoursType>,
  res: MedusaResponse
) {
  const seller = await retrieveOwnSeller(req, req.params.id)
  let weekly
  try {
    weekly = weeklyFromOsmOpeningHours(req.validatedBody.osm)
  } catch (error) {
    if (error instanceof InvalidOpeningHoursError) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Field 'osm' is not a valid opening_hours value: ${error.message}`
      )
    }
    throw error
  }
  const exceptions = (seller.opening_hours as OpeningHours | null)?.exceptions ?? []
  await updateVendorSellerWorkflow(req.scope).run({
    input: {
      merchant_id: req.auth_context.actor_id,
      seller_id: req.params.id,
      update: { opening_hours: { weekly, exceptions } },
    },
  })
  res.json({ seller: await retrieveOwnSeller(req, req.params.id) })
}
