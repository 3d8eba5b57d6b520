import { z } from "@medusajs/framework/zod"
import { DEAL_KINDS } from "../modules/deals/models/deal"

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Dates are days: YYYY-MM-DD (Paris time)")

export const VendorCreateDeal = z
  .object({
    title: z.string().trim().min(3).max(120),
    description: z.string().max(2000).nullish(),
    image_url: z.string().url().nullish(),
    kind: z.enum(DEAL_KINDS),
    value: z.number().positive().max(100_000).nullish(),
    conditions: z.string().max(1000).nullish(),
    starts_on: day,
    ends_on: day,
    quota: z.number().int().positive().max(1_000_000).nullish(),
    per_shopper_limit: z.number().int().min(1).max(100).optional(),
    promotion_code: z.string().trim().max(60).nullish(),
  })
  .strict()
export type VendorCreateDealType = z.infer<typeof VendorCreateDeal>

export const VendorUpdateDeal = z
  .object({
    title: z.string().trim().min(3).max(120),
    description: z.string().max(2000).nullable(),
    image_url: z.string().url().nullable(),
    conditions: z.string().max(1000).nullable(),
    quota: z.number().int().positive().max(1_000_000).nullable(),
    per_shopper_limit: z.number().int().min(1).max(100),
    status: z.enum(["published", "paused"]),
  })
  .partial()
  .strict()
export type VendorUpdateDealType = z.infer<typeof VendorUpdateDeal>

export const VendorRedeem = z.object({ code: z.string().trim().min(1).max(200) }).strict()
export type VendorRedeemType = z.infer<typeof VendorRedeem>

export const StoreListDeals = z
  .object({
    commune: z.string().optional(),
    establishment: z.string().optional(),
    kind: z.enum(DEAL_KINDS).optional(),
    active_now: z.enum(["true", "false"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListDealsType = z.infer<typeof StoreListDeals>

export const StoreClaimDeal = z.object({ email: z.string().email().optional() }).strict()
export type StoreClaimDealType = z.infer<typeof StoreClaimDeal>
