import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retrieveOwnSeller } from "../../../../utils/own-seller"

const ORDER_FIELDS = [
  "orders.id",
  "orders.display_id",
  "orders.status",
  "orders.email",
  "orders.created_at",
  "orders.currency_code",
  "orders.items.*",
]

/** The orders of an establishment the merchant runs, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveOwnSeller(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph({ entity: "seller", fields: ORDER_FIELDS, filters: { id: req.params.id } })
  const orders = [...(seller?.orders ?? [])].sort((a, b) =>
    String(b.created_at).localeCompare(String(a.created_at))
  )
  res.json({ orders, count: orders.length })
}
