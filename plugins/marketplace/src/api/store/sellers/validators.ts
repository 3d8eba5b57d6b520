import { z } from "@medusajs/framework/zod"
import { page, text } from "@enjoy/kernel"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { COMMERCE_MODES, SELLER_KINDS } from "../../../lib/seller-status"

export const StoreGetSellersParams = z
  .object({
    commune: text({ max: 80 }).optional(),
    kind: z.enum(SELLER_KINDS).optional(),
    commerce_mode: z.enum(COMMERCE_MODES).optional(),
    open_now: z
      .enum(["true", "false"], "Field 'open_now' must be true or false")
      .transform((v) => v === "true")
      .optional(),
    ...page({ limit: 20, max: 100 }),
  })
  .strict()
export type StoreGetSellersParamsType = z.infer<typeof StoreGetSellersParams>

export const StoreGetSellerParams = createSelectParams()
