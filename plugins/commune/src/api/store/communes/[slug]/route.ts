import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { withTextColors } from "@enjoy/kernel"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [commune],
  } = await query.graph({
    entity: "commune",
    fields: req.queryConfig.fields,
    filters: { slug: req.params.slug, status: "active" },
  })
  if (!commune) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Commune with slug: ${req.params.slug} was not found`
    )
  }
  res.json({ commune: withTextColors(commune) })
}
