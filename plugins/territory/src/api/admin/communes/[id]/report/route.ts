import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendReport } from "../../../../utils/build-report"

/** The operator's copy of any commune's activity report. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendReport(req, res, req.params.id)
}
