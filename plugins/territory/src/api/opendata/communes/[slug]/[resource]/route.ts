import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendOpenData } from "../../../../utils/send-open-data"

/** Open to all, no key needed: a commune's public data under the Licence Ouverte. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendOpenData(req, res, `/opendata/communes/${req.params.slug}/${req.params.resource}`)
}
