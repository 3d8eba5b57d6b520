import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId } from "@medusajs/framework/utils"

/**
 * One more request for a key on a day. A single upsert, so that concurrent
 * requests never lose a count; the compensation takes it back.
 */
export const countKeyUsageStep = createStep(
  "count-key-usage",
  async (input: { key_id: string; day: string }, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg.raw(
      `insert into territory_key_usage (id, key_id, day, count) values (?, ?, ?, 1)
       on conflict (key_id, day) where deleted_at is null do update set count = territory_key_usage.count + 1, updated_at = now()`,
      [generateEntityId(undefined, "kuse"), input.key_id, input.day]
    )
    return new StepResponse(undefined, input)
  },
  async (input, { container }) => {
    if (input) {
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(`update territory_key_usage set count = count - 1 where key_id = ? and day = ? and deleted_at is null`, [input.key_id, input.day])
    }
  }
)
