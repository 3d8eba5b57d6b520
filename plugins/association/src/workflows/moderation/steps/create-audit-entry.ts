import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ASSOCIATION_MODULE, type AssociationModuleService } from "../../../modules/association"

export type AuditInput = {
  action: "decision" | "on_behalf_edit"
  actor_type: string
  actor_id: string
  association_id: string | null
  commune_id: string | null
  seller_id: string
  subject: string
  subject_id: string
  case_id?: string | null
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}

/** Who did what, for whom, when, before and after; removed again if the act it records is rolled back. */
export const createAuditEntryStep = createStep(
  "create-audit-entry",
  async (input: AuditInput, { container }) => {
    const entry = await container.resolve<AssociationModuleService>(ASSOCIATION_MODULE).createAssociationAuditEntries(input)
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<AssociationModuleService>(ASSOCIATION_MODULE).deleteAssociationAuditEntries(id)
    }
  }
)
