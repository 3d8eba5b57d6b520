import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reactivateCommuneWorkflow } from "../../../../../workflows/commune"
import { retrieveCommune } from "../../../../utils/retrieve-commune"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveCommune(req, req.params.id)
  await reactivateCommuneWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ commune: await retrieveCommune(req, req.params.id) })
}
