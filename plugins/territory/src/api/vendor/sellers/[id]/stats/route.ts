import { retrieveOwnSeller } from "@enjoy/marketplace/vendor"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { period, readSummary } from "../../../../utils/read-summary"
import type { StatsQueryType } from "../../../../validators"

/** An establishment's own figures for its merchant: views, tag scans, claims, reservations and orders, per day. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await retrieveOwnSeller(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const summary = await readSummary(query, { seller_id: seller.id }, period(req.validatedQuery as StatsQueryType))
  res.json({ statistics: summary })
}
