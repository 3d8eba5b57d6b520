import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCommunesWorkflow, updateCommuneWorkflow } from "../../../../workflows/commune"
import { retrieveCommune } from "../../../utils/retrieve-commune"
import type { AdminUpdateCommuneType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ commune: await retrieveCommune(req, req.params.id) })
}

export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateCommuneType>,
  res: MedusaResponse
) {
  await retrieveCommune(req, req.params.id)
  await updateCommuneWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  res.json({ commune: await retrieveCommune(req, req.params.id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveCommune(req, req.params.id)
  await deleteCommunesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "commune", deleted: true })
}
