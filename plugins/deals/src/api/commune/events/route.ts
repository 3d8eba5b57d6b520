import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createCommuneEventWorkflow } from "../../../workflows"
import type { CreateEventType } from "../../validators"

/** A commune agent publishes an event of its commune's agenda. */
export async function POST(req: AuthenticatedMedusaRequest<CreateEventType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "commune_agent", fields: ["commune.id"], filters: { id: req.auth_context.actor_id } })
  const communeId = (data[0]?.commune as { id: string } | undefined)?.id
  if (!communeId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  const { result } = await createCommuneEventWorkflow(req.scope).run({
    input: { agent_id: req.auth_context.actor_id, commune_id: communeId, event: req.validatedBody },
  })
  res.status(201).json({ event: result })
}
