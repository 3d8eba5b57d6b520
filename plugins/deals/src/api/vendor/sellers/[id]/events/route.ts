import { retrieveOwnSeller } from "@enjoy/marketplace/vendor"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createVendorEventWorkflow } from "../../../../../workflows"
import type { CreateEventType } from "../../../../validators"

/** The establishment's events, drafts included. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveOwnSeller(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: events } = await query.graph({ entity: "agenda_event", fields: ["*"], filters: { seller_id: req.params.id } })
  res.json({ events })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateEventType>, res: MedusaResponse) {
  const { result } = await createVendorEventWorkflow(req.scope).run({
    input: { merchant_id: req.auth_context.actor_id, seller_id: req.params.id, event: req.validatedBody },
  })
  res.status(201).json({ event: result })
}
