import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideModerationCaseWorkflow } from "../../../../../workflows/moderation"
import type { DecideCaseType } from "../../../../validators"
import { resolveScope } from "../../../../utils/scope"
import { retrieveVisibleCase } from "../route"

/** Approve, reject or ask for changes (a reason is required for the last two). */
export async function POST(req: AuthenticatedMedusaRequest<DecideCaseType>, res: MedusaResponse) {
  await decideModerationCaseWorkflow(req.scope).run({
    input: { case_id: req.params.id, ...req.validatedBody, scope: await resolveScope(req) },
  })
  res.json({ case: await retrieveVisibleCase(req) })
}
