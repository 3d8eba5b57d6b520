import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveOwnCommune } from "../../../utils/own-commune"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ commune: await retrieveOwnCommune(req, req.params.id) })
}
