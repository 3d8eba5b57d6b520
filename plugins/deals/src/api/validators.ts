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

const recurrence = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("weekly"), until: day }).strict(),
    z.object({ type: z.literal("dates"), dates: z.array(day).min(1).max(100) }).strict(),
  ])
  .nullish()

export const CreateEvent = z
  .object({
    title: z.string().trim().min(3).max(160),
    description: z.string().max(4000).nullish(),
    image_url: z.string().url().nullish(),
    category: z.string().trim().min(2).max(60),
    starts_at: z.string().datetime({ offset: true }),
    ends_at: z.string().datetime({ offset: true }),
    recurrence,
    address: z.string().trim().max(300).nullish(),
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    is_free: z.boolean().optional(),
    price: z.number().positive().max(10_000).nullish(),
    booking_url: z.string().url().nullish(),
    accessibility_notes: z.string().max(1000).nullish(),
  })
  .strict()
export type CreateEventType = z.infer<typeof CreateEvent>

export const StoreListEvents = z
  .object({
    commune: z.string().optional(),
    establishment: z.string().optional(),
    category: z.string().optional(),
    free: z.enum(["true", "false"]).optional(),
    from: z.string().datetime({ offset: true }).optional(),
    to: z.string().datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListEventsType = z.infer<typeof StoreListEvents>

export const StoreListSites = z.object({ commune: z.string().optional() }).strict()
export type StoreListSitesType = z.infer<typeof StoreListSites>
