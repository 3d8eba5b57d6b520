import { decideModerationCaseWorkflow } from "@enjoy/association/workflows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALS_MODULE, type DealsModuleService } from "../../modules/deals"

/**
 * A moderator's decision on a bon plan: approving a held one publishes it;
 * rejecting (or returning) a held one sends it back to draft for the merchant;
 * rejecting a published one takes it down (draft). The compensation restores.
 */
decideModerationCaseWorkflow.hooks.caseDecided(
  async ({ subject, subject_id, policy, decision }, { container }) => {
    if (subject !== "deal") {
      return new StepResponse(undefined, null)
    }
    const service = container.resolve<DealsModuleService>(DEALS_MODULE)
    const deal = await service.retrieveDeal(subject_id)
    const status =
      policy === "pre" ? (decision === "approved" ? "published" : "draft") : decision === "rejected" ? "draft" : deal.status
    if (status === deal.status) {
      return new StepResponse(undefined, null)
    }
    await service.updateDeals({ id: deal.id, status })
    return new StepResponse(undefined, { id: deal.id, status: deal.status })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<DealsModuleService>(DEALS_MODULE).updateDeals(previous)
    }
  }
)
