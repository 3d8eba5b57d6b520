import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PUBLIC_DEAL_FIELDS } from "../../../utils"

/** One published bon plan, with how many claims remain when it has a quota. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [deal],
  } = await query.graph({
    entity: "deal",
    fields: [...PUBLIC_DEAL_FIELDS, "claims.id"],
    filters: { id: req.params.id, status: "published" },
  })
  if (!deal) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Bon plan introuvable")
  }
  const { claims, ...rest } = deal
  res.json({ deal: { ...rest, remaining: rest.quota === null ? null : Math.max(0, Number(rest.quota) - (claims ?? []).length) } })
}
