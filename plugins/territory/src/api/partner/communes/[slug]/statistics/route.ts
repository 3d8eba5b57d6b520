import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PartnerRequest } from "../../../../utils/partner-auth"
import { partnerCommune } from "../../../../utils/partner-commune"
import { period, readSummary } from "../../../../utils/read-summary"
import type { StatsQueryType } from "../../../../validators"

/** A commune's usage statistics for partners its agents or the operator chose: aggregates only, nobody in them. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const commune = await partnerCommune(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const summary = await readSummary(query, { commune_id: commune.id, seller_id: "" }, period(req.validatedQuery as StatsQueryType))
  res.json({ commune, statistics: summary })
}
