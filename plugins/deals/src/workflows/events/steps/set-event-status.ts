import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALS_MODULE, type DealsModuleService } from "../../../modules/deals"

type Status = "draft" | "pending" | "published" | "expired"

/** Moves an event of the given establishment (another's is a 404) from one of `from` to `to`; restored on rollback. */
export const setEventStatusStep = createStep(
  "set-event-status",
  async (input: { id: string; seller_id?: string; from: Status[]; to: Status }, { container }) => {
    const service = container.resolve<DealsModuleService>(DEALS_MODULE)
    const [event] = await service.listAgendaEvents({ id: input.id, ...(input.seller_id ? { seller_id: input.seller_id } : {}) })
    if (!event) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Événement introuvable")
    }
    if (!input.from.includes(event.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Un événement « ${event.status} » ne peut pas passer à « ${input.to} »`)
    }
    const updated = await service.updateAgendaEvents({ id: event.id, status: input.to })
    return new StepResponse(updated, { id: event.id, status: event.status })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<DealsModuleService>(DEALS_MODULE).updateAgendaEvents(previous)
    }
  }
)
