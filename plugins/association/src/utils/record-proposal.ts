import type { MedusaContainer } from "@medusajs/framework/types"
import { effectivePolicy, type ModerationSubject } from "../lib/moderation"
import { ASSOCIATION_MODULE, type AssociationModuleService } from "../modules/association"
import { findReviewer } from "./reviewer"

export type Recorded = { created?: string; restore?: Record<string, unknown> }

export type Proposal = {
  subject: ModerationSubject
  subject_id: string
  seller_id: string
  proposed: Record<string, unknown>
  previous: Record<string, unknown> | null
  submitted_by: string
  /** Forces the policy (a product already created as a draft, or not). */
  policy?: "pre" | "post"
}

/**
 * Records a merchant's proposal as a moderation case (merged into the open
 * one for the same subject) and says whether it must wait for approval.
 */
export async function record(container: MedusaContainer, input: Proposal): Promise<{ hold: boolean; undo: Recorded }> {
  const service = container.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
  const reviewer = await findReviewer(container, input.seller_id)
  const policy = input.policy ?? effectivePolicy(input.subject, reviewer.policy)
  const [open] = await service.listModerationCases({
    subject: input.subject,
    subject_id: input.subject_id,
    status: ["pending", "rejected", "changes_requested"],
  })
  const fields = {
    seller_id: input.seller_id,
    commune_id: reviewer.commune_id,
    association_id: reviewer.association_id,
    policy,
    submitted_by: input.submitted_by,
  }
  if (!open) {
    const created = await service.createModerationCases({
      ...fields,
      subject: input.subject,
      subject_id: input.subject_id,
      proposed: input.proposed,
      previous: input.previous,
    })
    return { hold: policy === "pre", undo: { created: created.id } }
  }
  const { id, status, proposed, previous, policy: oldPolicy, submitted_by, decided_by, decided_by_type, reason, decided_at } = open
  await service.updateModerationCases({
    id,
    ...fields,
    status: "pending",
    proposed: { ...(proposed as Record<string, unknown>), ...input.proposed },
    // The public version recorded first is the one a take-down goes back to.
    previous: { ...(input.previous ?? {}), ...((previous as Record<string, unknown> | null) ?? {}) },
    decided_by: null,
    decided_by_type: null,
    reason: null,
    decided_at: null,
  })
  return {
    hold: policy === "pre",
    undo: { restore: { id, status, proposed, previous, policy: oldPolicy, submitted_by, decided_by, decided_by_type, reason, decided_at } },
  }
}

export async function undoRecord(recorded: Recorded | undefined, { container }: { container: MedusaContainer }) {
  const service = container.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
  if (recorded?.created) {
    await service.deleteModerationCases(recorded.created)
  } else if (recorded?.restore) {
    await service.updateModerationCases(recorded.restore)
  }
}

