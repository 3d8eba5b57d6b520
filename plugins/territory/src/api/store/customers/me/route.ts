import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { eraseShopperAccountWorkflow } from "../../../../workflows"

/** Deletes the signed-in shopper's account (RGPD erasure); what merchants must keep stays, anonymized. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await eraseShopperAccountWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id } })
  res.json({ id: req.auth_context.actor_id, object: "customer", deleted: true, ...result })
}
