import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CaseStatus } from "../../../lib/moderation"
import { ASSOCIATION_MODULE, type AssociationModuleService } from "../../../modules/association"

/** Records a decision on a case; the compensation puts the case back as it was. */
export const updateModerationCaseStep = createStep(
  "update-moderation-case",
  async (
    input: { id: string; status: CaseStatus; decided_by: string; decided_by_type: string; reason?: string | null },
    { container }
  ) => {
    const service = container.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
    const before = await service.retrieveModerationCase(input.id)
    const updated = await service.updateModerationCases({ ...input, reason: input.reason?.trim() || null, decided_at: new Date() })
    const { id, status, decided_by, decided_by_type, reason, decided_at } = before
    return new StepResponse(updated, { id, status, decided_by, decided_by_type, reason, decided_at })
  },
  async (before, { container }) => {
    if (before) {
      await container.resolve<AssociationModuleService>(ASSOCIATION_MODULE).updateModerationCases(before)
    }
  }
)
