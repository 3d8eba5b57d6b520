import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteModeratorWorkflow } from "../../workflows/association"
import type { InviteModeratorType } from "../validators"
import { resolveScope } from "./scope"

/** Shared by the operator's and the association's routes: who may invite is checked in the workflow. */
export async function inviteModerator(req: AuthenticatedMedusaRequest<InviteModeratorType>, res: MedusaResponse) {
  const { result } = await inviteModeratorWorkflow(req.scope).run({
    input: { scope: await resolveScope(req), association_id: req.params.id, ...req.validatedBody },
  })
  res.status(201).json({ invite: result })
}
