import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The agent's own commune, or a 404 for any other id. */
export async function retrieveOwnCommune(req: AuthenticatedMedusaRequest, communeId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [agent],
  } = await query.graph({
    entity: "commune_agent",
    fields: ["id", "commune.*"],
    filters: { id: req.auth_context.actor_id },
  })
  if (!agent?.commune || agent.commune.id !== communeId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commune with id: ${communeId} was not found`)
  }
  return agent.commune
}
