import {
  createSellerProductWorkflow,
  submitSellerWorkflow,
  updateSellerProductWorkflow,
  updateVendorSellerWorkflow,
} from "@enjoy/marketplace/workflows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { findReviewer } from "../../utils/reviewer"
import { record, type Recorded, undoRecord as undo } from "../../utils/record-proposal"

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
