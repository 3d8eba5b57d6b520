import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The signed-in agent and the commune it works for. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [agent],
  } = await query.graph(
    {
      entity: "commune_agent",
      fields: ["id", "email", "first_name", "last_name", "job_title", "commune.*"],
      filters: { id: req.auth_context.actor_id },
    },
    { throwIfKeyNotFound: true }
  )
  res.json({ agent })
}
