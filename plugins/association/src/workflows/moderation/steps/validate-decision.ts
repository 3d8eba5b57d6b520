import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkCaseTransition, type CaseStatus, type Decision, type ModerationPolicy, publicationEffect } from "../../../lib/moderation"
import { type ActorScope, canDecideCase } from "../../../lib/scope"

export type DecidedCase = {
  id: string
  status: CaseStatus
  policy: ModerationPolicy
  association_id: string | null
  commune_id: string
}

/** A case the caller may not decide does not exist for it (404); then the transition and its reason are checked. */
export const validateDecisionStep = createStep(
  "validate-decision",
  async (input: { moderation_case: DecidedCase | undefined; decision: Decision; reason?: string | null; scope: ActorScope }) => {
    const found = input.moderation_case
    if (!found || !canDecideCase(input.scope, found)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Demande de modération introuvable")
    }
    const move = checkCaseTransition(found.status, input.decision, input.reason)
    if (!move.ok) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, move.reason)
    }
    return new StepResponse({ effect: publicationEffect(found.policy, input.decision) })
  }
)
