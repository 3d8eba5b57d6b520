import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_MODULE, type SellerModuleService } from "../modules/seller"
import { changeReservationStatusWorkflow } from "../workflows/reservation"

const BATCH = 200

/**
 * Reservations not collected by their pickup deadline expire: their order is
 * cancelled and the items go back on the shelf. Each one moves in its own
 * workflow, so one failure does not hold back the others.
 */
export default async function expirePickupReservations(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<SellerModuleService>(SELLER_MODULE)
  const overdue = await service.listPickupReservations(
    { status: ["requested", "confirmed", "ready"], pickup_deadline: { $lt: new Date() } },
    { select: ["id"], take: BATCH, order: { pickup_deadline: "ASC" } }
  )
  let expired = 0
  for (const { id } of overdue) {
    try {
      await changeReservationStatusWorkflow(container).run({
        input: { reservation_id: id, status: "expired", actor: "system" },
      })
      expired++
    } catch (error) {
      logger.warn(`Réservation ${id} non expirée : ${(error as Error).message}`)
    }
  }
  if (overdue.length) {
    logger.info(`${expired} réservation(s) expirée(s) sur ${overdue.length} en retard`)
  }
  return { expired, overdue: overdue.length }
}

export const config = { name: "expire-pickup-reservations", schedule: "*/5 * * * *" }
