import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { COMMERCE_MODES, SELLER_KINDS } from "../../../lib/seller-status"

export const StoreGetSellersParams = z
  .object({
    commune: z.string().max(80).optional(),
    kind: z.enum(SELLER_KINDS).optional(),
    commerce_mode: z.enum(COMMERCE_MODES).optional(),
    open_now: z
      .enum(["true", "false"], "Field 'open_now' must be true or false")
      .transform((v) => v === "true")
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreGetSellersParamsType = z.infer<typeof StoreGetSellersParams>

export const StoreGetSellerParams = createSelectParams()
