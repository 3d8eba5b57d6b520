import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeMembershipWorkflow } from "../../../../../../workflows/association"
import { ensureAssociation } from "../route"

/** A moderator removes an establishment from the association. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await ensureAssociation(req, true)
  const { result } = await changeMembershipWorkflow(req.scope).run({
    input: { association_id: req.params.id, seller_id: req.params.seller_id, status: "removed" },
  })
  res.json({ membership: result })
}
