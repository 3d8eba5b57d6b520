import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const setSellerStockStepId = "set-seller-stock"

type LevelRef = { id: string; inventory_item_id: string; location_id: string }
type Previous = { levels: (LevelRef & { stocked_quantity: number })[] }

/** Reads the levels, checks the new quantity against what is reserved now, and writes it: run under the lock. */
async function setStock(
  inventory: ReturnType<typeof resolveInventory>,
  levels: LevelRef[],
  quantity: number
): Promise<Previous> {
  const current = await inventory.listInventoryLevels({ id: levels.map((level) => level.id) })
  const reserved = Math.max(0, ...current.map((level) => Number(level.reserved_quantity)))
  if (quantity < reserved) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `quantity : ne peut pas descendre sous les ${reserved} unités déjà réservées`
    )
  }
  await inventory.updateInventoryLevels(
    levels.map(({ inventory_item_id, location_id }) => ({ inventory_item_id, location_id, stocked_quantity: quantity }))
  )
  return {
    levels: current.map(({ id, inventory_item_id, location_id, stocked_quantity }) => ({
      id,
      inventory_item_id,
      location_id,
      stocked_quantity: Number(stocked_quantity),
    })),
  }
}

const resolveInventory = (container: { resolve: (key: string) => unknown }) =>
  container.resolve(Modules.INVENTORY) as import("@medusajs/framework/types").IInventoryService

/**
 * The merchant sets a product's stock. It never falls below what shoppers have reserved: the check and
 * the write happen under the lock on the inventory items that checkouts take to reserve, so no checkout
 * can reserve in between (the lock is Redis's when configured, shared by every process).
 */
export const setSellerStockStep = createStep(
  setSellerStockStepId,
  async (input: { levels: LevelRef[]; quantity: number }, { container }) => {
    if (!input.levels.length) {
      return new StepResponse(undefined, { levels: [] } as Previous)
    }
    const inventory = resolveInventory(container)
    const keys = [...new Set(input.levels.map((level) => level.inventory_item_id))]
    const previous = await container
      .resolve(Modules.LOCKING)
      .execute(keys, () => setStock(inventory, input.levels, input.quantity))
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous?.levels.length) {
      return
    }
    const inventory = resolveInventory(container)
    const keys = [...new Set(previous.levels.map((level) => level.inventory_item_id))]
    await container.resolve(Modules.LOCKING).execute(keys, () =>
      inventory.updateInventoryLevels(
        previous.levels.map(({ inventory_item_id, location_id, stocked_quantity }) => ({
          inventory_item_id,
          location_id,
          stocked_quantity,
        }))
      )
    )
  }
)
