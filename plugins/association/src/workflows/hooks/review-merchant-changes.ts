import {
  createSellerProductWorkflow,
  submitSellerWorkflow,
  updateSellerProductWorkflow,
  updateVendorSellerWorkflow,
} from "@enjoy/marketplace/workflows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { effectivePolicy, type ModerationSubject } from "../../lib/moderation"
import { ASSOCIATION_MODULE, type AssociationModuleService } from "../../modules/association"
import { findReviewer } from "../../utils/reviewer"

type Recorded = { created?: string; restore?: Record<string, unknown> }

/**
 * Records a merchant's proposal as a moderation case (merged into the open
 * one for the same subject) and says whether it must wait for approval.
 */
async function record(
  container: MedusaContainer,
  input: {
    subject: ModerationSubject
    subject_id: string
    seller_id: string
    proposed: Record<string, unknown>
    previous: Record<string, unknown> | null
    submitted_by: string
    policy?: "pre" | "post"
  }
): Promise<{ hold: boolean; undo: Recorded }> {
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

async function undo(recorded: Recorded | undefined, { container }: { container: MedusaContainer }) {
  const service = container.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
  if (recorded?.created) {
    await service.deleteModerationCases(recorded.created)
  } else if (recorded?.restore) {
    await service.updateModerationCases(recorded.restore as never)
  }
}

// Assisted entry (a moderator typing for the merchant) is never held: it is audited instead.

// A vitrine change: held under `pre`, published and reviewable under `post`.
updateVendorSellerWorkflow.hooks.changeProposed(
  async (proposal, { container }) => {
    const { hold, undo: recorded } = await record(container, {
      ...proposal,
      subject: "seller_profile",
      subject_id: proposal.seller_id,
    })
    return new StepResponse({ hold }, recorded)
  },
  undo
)

// A new product: created as a draft under `pre` (the case is recorded once it has an id).
createSellerProductWorkflow.hooks.productProposed(async (proposal, { container }) => {
  if (proposal.assisted) {
    return new StepResponse({ hold: false })
  }
  const reviewer = await findReviewer(container, proposal.seller_id)
  return new StepResponse({ hold: reviewer.policy === "pre" })
})

createSellerProductWorkflow.hooks.productCreated(
  async (created, { container }) => {
    if (created.assisted) {
      return new StepResponse(undefined, {} as Recorded)
    }
    const { undo: recorded } = await record(container, {
      subject: "product",
      subject_id: created.product_id,
      seller_id: created.seller_id,
      proposed: created.proposed,
      previous: null,
      submitted_by: created.submitted_by,
      policy: created.held ? "pre" : "post",
    })
    return new StepResponse(undefined, recorded)
  },
  undo
)

// A product's new text: held under `pre` (price and stock are not reviewed).
updateSellerProductWorkflow.hooks.productChangeProposed(
  async (proposal, { container }) => {
    if (!proposal || proposal.assisted) {
      return new StepResponse({ hold: false }, {} as Recorded)
    }
    const { hold, undo: recorded } = await record(container, { ...proposal, subject_id: proposal.subject_id! })
    return new StepResponse({ hold }, recorded)
  },
  undo
)

// A request to open always waits for approval.
submitSellerWorkflow.hooks.openingRequested(
  async (request, { container }) => {
    const { undo: recorded } = await record(container, {
      subject: "seller_opening",
      subject_id: request.seller_id,
      seller_id: request.seller_id,
      proposed: { status: "open" },
      previous: { status: "draft" },
      submitted_by: request.submitted_by,
    })
    return new StepResponse(undefined, recorded)
  },
  undo
)
