import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ActorScope } from "../../../lib/scope"

/**
 * Who may invite a moderator: the operator, an agent of a commune the
 * association serves, or the association's president. Anyone else does not
 * see the association (404).
 */
export const validateInviterStep = createStep(
  "validate-inviter",
  async (input: { scope: ActorScope; association_id: string; commune_ids: string[] }) => {
    const { scope } = input
    const allowed =
      scope.actor_type === "operator" ||
      (scope.actor_type === "agent" && scope.commune_ids.some((id) => input.commune_ids.includes(id))) ||
      (scope.actor_type === "moderator" && scope.president_of.includes(input.association_id))
    if (!allowed) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Association with id: ${input.association_id} was not found`)
    }
    return new StepResponse(true)
  }
)
