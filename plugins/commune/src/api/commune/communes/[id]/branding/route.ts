import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCommuneBrandingWorkflow } from "../../../../../workflows/commune"
import { retrieveOwnCommune } from "../../../../utils/own-commune"
import type { CommuneUpdateBrandingType } from "../../../validators"

/** An agent updates its commune's logo and colours; another commune is a 404. */
export async function POST(
  req: AuthenticatedMedusaRequest<CommuneUpdateBrandingType>,
  res: MedusaResponse
) {
  await updateCommuneBrandingWorkflow(req.scope).run({
    input: {
      agent_id: req.auth_context.actor_id,
      commune_id: req.params.id,
      branding: req.validatedBody,
    },
  })
  res.json({ commune: await retrieveOwnCommune(req, req.params.id) })
}
