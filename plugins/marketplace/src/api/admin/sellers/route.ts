import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSellerWorkflow } from "../../../workflows/seller"
import { retrieveSeller } from "../../utils/retrieve-seller"
import type { AdminCreateSellerType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status, kind } = req.filterableFields as { q?: string; status?: string; kind?: string }
  const { data: sellers, metadata } = await query.graph({
    entity: "seller",
    fields: req.queryConfig.fields,
    filters: {
      ...(status ? { status } : {}),
      ...(kind ? { kind } : {}),
      ...(q ? { name: { $ilike: `%${q}%` } } : {}),
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({ sellers, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateSellerType>, res: MedusaResponse) {
  const { result } = await createSellerWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ seller: await retrieveSeller(req, result.id) })
}
