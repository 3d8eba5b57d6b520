import type { MedusaResponse } from "@medusajs/framework/http"
import type { PartnerRequest } from "../../../../../utils/partner-auth"
import { partnerCommune } from "../../../../../utils/partner-commune"
import { sendOpenData } from "../../../../../utils/send-open-data"

/** The territory API's data of a commune the key covers, in the open data's formats. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const commune = await partnerCommune(req)
  await sendOpenData(req, res, `/partner/communes/${commune.slug}/data/${req.params.resource}`)
}
