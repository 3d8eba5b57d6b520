import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { agentCommuneId } from "../../utils/agent-commune"
import { sendReport } from "../../utils/build-report"

/** The agent's commune's activity report ("bilan d'activité"), as JSON, CSV or PDF. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendReport(req, res, await agentCommuneId(req))
}
