import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SellerStockLine = {
  line_item_id: string
  title: string
  inventory_item_id: string
  quantity: number
  allow_backorder: boolean
}

export type SellerStockInput = { seller_name: string; location_id: string; lines: SellerStockLine[] }[]

type Reserved = { reservation_ids: string[]; inventory_item_ids: string[] }

/**
 * Reserves each establishment's lines in its own stock location, one
 * establishment after the other, each under a lock on its inventory items so
 * that concurrent checkouts never reserve more than is on the shelf. When an
 * establishment lacks stock, what was already reserved is released before
 * failing: a checkout never leaves stock half-reserved.
 */
export const reserveSellerStockStep = createStep(
  "reserve-seller-stock",
  async (groups: SellerStockInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const reserved: Reserved = { reservation_ids: [], inventory_item_ids: [] }
    const release = async () => {
      if (!reserved.reservation_ids.length) {
        return
      }
      await locking.execute([...new Set(reserved.inventory_item_ids)], () =>
        inventory.deleteReservationItems(reserved.reservation_ids)
      )
    }
    for (const group of groups) {
      if (!group.lines.length) {
        continue
      }
      const keys = [...new Set(group.lines.map((l) => l.inventory_item_id))]
      try {
        const created = await locking.execute(keys, () =>
          inventory.createReservationItems(
            group.lines.map((line) => ({
              line_item_id: line.line_item_id,
              inventory_item_id: line.inventory_item_id,
              location_id: group.location_id,
              quantity: line.quantity,
              allow_backorder: line.allow_backorder,
            }))
          )
        )
        reserved.reservation_ids.push(...created.map((r) => r.id))
        reserved.inventory_item_ids.push(...keys)
      } catch (error) {
        await release()
        const titles = group.lines.map((l) => `« ${l.title} »`).join(", ")
        // The inventory module's own (English) wording is for the logs, not for the shopper.
        container.resolve(ContainerRegistrationKeys.LOGGER).info(`Checkout refused for lack of stock: ${(error as Error).message}`)
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Stock insuffisant chez « ${group.seller_name} » pour ${titles} : ajustez les quantités`
        )
      }
    }
    return new StepResponse(reserved, reserved)
  },
  async (reserved, { container }) => {
    if (!reserved?.reservation_ids.length) {
      return
    }
    const inventory = container.resolve(Modules.INVENTORY)
    await container
      .resolve(Modules.LOCKING)
      .execute([...new Set(reserved.inventory_item_ids)], () => inventory.deleteReservationItems(reserved.reservation_ids))
  }
)
