import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ADMIN_SELLER_FIELDS } from "./seller-fields"

/** Reads one establishment through Query; a missing one is a 404. */
export async function retrieveSeller(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph(
    { entity: "seller", fields: req.queryConfig?.fields ?? ADMIN_SELLER_FIELDS, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return seller
}
