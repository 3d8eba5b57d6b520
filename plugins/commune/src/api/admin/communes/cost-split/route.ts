import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendCostSplit } from "../../../utils/cost-split"
import type { AdminGetCostSplitParamsType } from "../validators"

/** The operator's view of the yearly cost split. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { year, format } = req.validatedQuery as AdminGetCostSplitParamsType
  await sendCostSplit(req, res, year, format)
}
