import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminGetCostSplitParamsType } from "../../admin/communes/validators"
import { sendCostSplit } from "../../utils/cost-split"

/** A commune agent's view of the yearly cost split, its own commune's line among the others. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { year, format } = req.validatedQuery as AdminGetCostSplitParamsType
  await sendCostSplit(req, res, year, format)
}
