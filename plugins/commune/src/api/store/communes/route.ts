import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withTextColors } from "@enjoy/kernel"

/** Communes whose convention is active, for the portals and the storefront. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: communes, metadata } = await query.graph({
    entity: "commune",
    fields: req.queryConfig.fields,
    filters: { status: "active" },
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination.order ?? { name: "ASC" },
    },
  })
  res.json({ communes: communes.map(withTextColors), count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
