import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importEstablishments } from "../../../../../utils/import-establishments"

/** The operator imports into any commune's directory. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await importEstablishments(req, res, req.params.id)
}
