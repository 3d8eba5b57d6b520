import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCommunesWorkflow } from "../../../workflows/commune"
import { retrieveCommune } from "../../utils/retrieve-commune"
import type { AdminCreateCommuneType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status } = req.filterableFields as { q?: string; status?: string }
  const { data: communes, metadata } = await query.graph({
    entity: "commune",
    fields: req.queryConfig.fields,
    filters: {
      ...(status ? { status } : {}),
      ...(q ? { name: { $ilike: `%${q}%` } } : {}),
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({ communes, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateCommuneType>,
  res: MedusaResponse
) {
  const { result } = await createCommunesWorkflow(req.scope).run({
    input: { communes: [req.validatedBody] },
  })
  res.status(201).json({ commune: await retrieveCommune(req, result[0].id) })
}
