import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { changeMembershipWorkflow } from "../../../../../workflows/association"
import type { InviteMemberType } from "../../../../validators"
import { resolveScope, visibleAssociationIds } from "../../../../utils/scope"

/** An association the caller sees, else 404; `manage` requires moderating it (or being the operator). */
export async function ensureAssociation(req: AuthenticatedMedusaRequest, manage: boolean) {
  const scope = await resolveScope(req)
  const visible = await visibleAssociationIds(req, scope)
  const managed = scope.actor_type === "operator" || (scope.actor_type === "moderator" && scope.association_ids.includes(req.params.id))
  if ((visible && !visible.includes(req.params.id)) || (manage && !managed)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Association with id: ${req.params.id} was not found`)
  }
  return scope
}

/** The association's members and invited establishments. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await ensureAssociation(req, false)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members } = await query.graph({
    entity: "association_membership",
    fields: ["id", "status", "joined_at", "ended_at", "seller_id", "seller.name", "seller.handle", "seller.status"],
    filters: { association_id: req.params.id },
  })
  res.json({ members, count: members.length })
}

/** A moderator invites an establishment of a commune the association serves. */
export async function POST(req: AuthenticatedMedusaRequest<InviteMemberType>, res: MedusaResponse) {
  await ensureAssociation(req, true)
  const { result } = await changeMembershipWorkflow(req.scope).run({
    input: { association_id: req.params.id, seller_id: req.validatedBody.seller_id, status: "invited" },
  })
  res.status(201).json({ membership: result })
}
