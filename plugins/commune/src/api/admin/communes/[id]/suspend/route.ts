import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suspendCommuneWorkflow } from "../../../../../workflows/commune"
import { retrieveCommune } from "../../../../utils/retrieve-commune"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveCommune(req, req.params.id)
  await suspendCommuneWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ commune: await retrieveCommune(req, req.params.id) })
}
