import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MembershipStatus } from "../../../lib/moderation"

/** An association serves communes: it only invites establishments of those communes. */
export const validateMembershipCommuneStep = createStep(
  "validate-membership-commune",
  async (input: { seller_commune_id?: string; association_commune_ids: string[]; status: MembershipStatus }) => {
    if (input.status === "invited" && !input.association_commune_ids.includes(input.seller_commune_id ?? "")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "L'association ne sert pas la commune de cet établissement")
    }
    return new StepResponse(true)
  }
)
