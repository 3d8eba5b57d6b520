import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The signed-in merchant and the establishments it runs. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [merchant],
  } = await query.graph(
    {
      entity: "merchant",
      fields: [
        "id",
        "email",
        "first_name",
        "last_name",
        "phone",
        "memberships.role",
        "memberships.seller.id",
        "memberships.seller.name",
        "memberships.seller.handle",
        "memberships.seller.status",
        "memberships.seller.commerce_mode",
      ],
      filters: { id: req.auth_context.actor_id },
    },
    { throwIfKeyNotFound: true }
  )
  res.json({ merchant })
}
