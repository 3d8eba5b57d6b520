import { decideModerationCaseWorkflow } from "@enjoy/association/workflows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { promotionStatusFor } from "../../lib/promotion"
import { DEALS_MODULE, type DealsModuleService } from "../../modules/deals"

type Status = "draft" | "pending" | "published" | "paused" | "expired"
type EventStatus = Exclude<Status, "paused">
type Previous = { kind: "deal"; id: string; status: Status } | { kind: "event"; id: string; status: EventStatus } | null

/** What a decision makes of a bon plan or an event: see the association's publicationEffect for other content. */
function statusAfter(current: Status, policy: "pre" | "post", decision: string): Status {
  if (policy === "pre") {
    return decision === "approved" ? "published" : "draft"
  }
  return decision === "rejected" ? "draft" : current
}

/** The promotion behind a deal follows its status (see sync-deal-promotion). */
async function syncPromotion(container: MedusaContainer, code: string | null | undefined, status: string) {
  if (!code) {
    return
  }
  const promotions = container.resolve(Modules.PROMOTION)
  const [promotion] = await promotions.listPromotions({ code: code.toUpperCase() })
  if (promotion) {
    await promotions.updatePromotions([{ id: promotion.id, status: promotionStatusFor(status) }])
  }
}

/**
 * A moderator's decision on a bon plan or an event: approving a held one
 * publishes it; rejecting or returning a held one sends it back to draft for
 * the merchant; rejecting a published one takes it down. Restored on rollback.
 */
decideModerationCaseWorkflow.hooks.caseDecided(
  async ({ subject, subject_id, policy, decision }, { container }) => {
    const service = container.resolve<DealsModuleService>(DEALS_MODULE)
    if (subject === "deal") {
      const deal = await service.retrieveDeal(subject_id)
      const status = statusAfter(deal.status, policy, decision)
      if (status !== deal.status) {
        await service.updateDeals({ id: deal.id, status })
        await syncPromotion(container, deal.promotion_code, status)
        return new StepResponse(undefined, { kind: "deal", id: deal.id, status: deal.status } as Previous)
      }
    } else if (subject === "event") {
      const event = await service.retrieveAgendaEvent(subject_id)
      // An event is never paused: from an event's status, statusAfter only gives an event's status.
      const status = statusAfter(event.status, policy, decision) as EventStatus
      if (status !== event.status) {
        await service.updateAgendaEvents({ id: event.id, status })
        return new StepResponse(undefined, { kind: "event", id: event.id, status: event.status } as Previous)
      }
    }
    return new StepResponse(undefined, null as Previous)
  },
  async (previous, { container }) => {
    const service = container.resolve<DealsModuleService>(DEALS_MODULE)
    if (previous?.kind === "deal") {
      const deal = await service.updateDeals({ id: previous.id, status: previous.status })
      await syncPromotion(container, deal.promotion_code, previous.status)
    } else if (previous?.kind === "event") {
      await service.updateAgendaEvents({ id: previous.id, status: previous.status })
    }
  }
)
