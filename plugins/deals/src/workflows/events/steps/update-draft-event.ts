import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALS_MODULE, type DealsModuleService } from "../../../modules/deals"

/**
 * Changes a draft event of the establishment (another's is a 404). What is
 * submitted or published is not edited in place: it was reviewed as it is.
 */
export const updateDraftEventStep = createStep(
  "update-draft-event",
  async (input: { id: string; seller_id: string; update: Record<string, unknown> }, { container }) => {
    const service = container.resolve<DealsModuleService>(DEALS_MODULE)
    const [event] = await service.listAgendaEvents({ id: input.id, seller_id: input.seller_id })
    if (!event) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Événement introuvable")
    }
    if (event.status !== "draft") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Seul un brouillon se modifie ; un événement soumis ou publié a été relu tel quel")
    }
    const previous = Object.fromEntries(Object.keys(input.update).map((k) => [k, (event as Record<string, unknown>)[k]]))
    const updated = await service.updateAgendaEvents({ id: event.id, ...input.update })
    return new StepResponse(updated, { id: event.id, ...previous })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<DealsModuleService>(DEALS_MODULE).updateAgendaEvents(previous)
    }
  }
)
