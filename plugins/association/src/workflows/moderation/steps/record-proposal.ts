import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type Proposal, record, undoRecord } from "../../../utils/record-proposal"

export type ProposalInput = Omit<Proposal, "policy">

/** Records a proposal as a moderation case (merged into the open one) and says whether it must wait for approval. */
export const recordProposalStep = createStep(
  "record-proposal",
  async (input: ProposalInput, { container }) => {
    const { hold, undo } = await record(container, input)
    return new StepResponse({ hold }, undo)
  },
  undoRecord
)
