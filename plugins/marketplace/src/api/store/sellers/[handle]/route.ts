import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { openingState } from "../../../../lib/opening-state"

/** An open establishment's vitrine; a draft, suspended or closed one is a 404. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph({
    entity: "seller",
    fields: req.queryConfig.fields,
    filters: { handle: req.params.handle, status: "open" },
  })
  if (!seller) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Establishment with handle: ${req.params.handle} was not found`
    )
  }
  res.json({ seller: { ...seller, ...openingState(seller.opening_hours, new Date()) } })
}
