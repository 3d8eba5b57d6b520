import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { codeFromScan, displayClaimCode, normalizeClaimCode } from "../../../../lib/claim-code"
import { recordRedemptionAttemptWorkflow, redeemClaimWorkflow } from "../../../../workflows"
import type { VendorRedeemType } from "../../../validators"

/**
 * Redeem a shopper's code, typed or scanned (QR payload), at the counter.
 * Every attempt is recorded: a refused one in its own workflow, since the
 * refused redemption wrote nothing.
 */
export async function POST(req: AuthenticatedMedusaRequest<VendorRedeemType>, res: MedusaResponse) {
  const merchant_id = req.auth_context.actor_id
  const typed = codeFromScan(req.validatedBody.code)
  const code = normalizeClaimCode(typed)
  try {
    if (!code) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Ce n'est pas un code de bon plan (8 caractères, sans 0, O, 1 ni I)")
    }
    const { result } = await redeemClaimWorkflow(req.scope).run({ input: { merchant_id, code } })
    res.json({ claim: { ...result.claim, code: displayClaimCode(result.claim.code) }, deal: result.deal })
  } catch (error) {
    await recordRedemptionAttemptWorkflow(req.scope).run({
      input: { code: code ?? typed.slice(0, 200), merchant_id, reason: (error as Error).message },
    })
    throw error
  }
}
