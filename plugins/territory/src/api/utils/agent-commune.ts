import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The commune the signed-in agent works for. */
export async function agentCommuneId(req: AuthenticatedMedusaRequest): Promise<string> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "commune_agent", fields: ["commune.id"], filters: { id: req.auth_context.actor_id } })
  const communeId = (data[0]?.commune as { id: string } | undefined)?.id
  if (!communeId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  return communeId
}
