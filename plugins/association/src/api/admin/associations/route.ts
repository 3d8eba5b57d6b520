import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAssociationWorkflow } from "../../../workflows/association"
import type { AdminCreateAssociationType } from "../../validators"

export const ASSOCIATION_FIELDS = ["id", "name", "slug", "email", "phone", "website", "logo_url", "policy", "communes.id", "communes.name", "communes.slug"]

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: associations } = await query.graph({ entity: "association", fields: ASSOCIATION_FIELDS })
  res.json({ associations, count: associations.length })
}

/** The operator registers an association and the communes it serves. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateAssociationType>, res: MedusaResponse) {
  const { result } = await createAssociationWorkflow(req.scope).run({ input: req.validatedBody })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [association],
  } = await query.graph({ entity: "association", fields: ASSOCIATION_FIELDS, filters: { id: result.id } })
  res.status(201).json({ association })
}
