import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { agentCommuneId } from "../../../utils/agent-commune"
import { importEstablishments } from "../../../utils/import-establishments"

/** An agent pre-fills its commune's directory (dry run by default; `commit=true` to write). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await importEstablishments(req, res, await agentCommuneId(req))
}
