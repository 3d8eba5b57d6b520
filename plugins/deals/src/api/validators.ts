import { z } from "@medusajs/framework/zod"
import { day, email, euros, fieldMessage, httpUrl, instant, page, text } from "@enjoy/kernel"
import { DEAL_KINDS } from "../modules/deals/models/deal"

export const VendorCreateDeal = z
  .object({
    title: text({ min: 3, max: 120 }),
    description: text({ max: 2000 }).nullish(),
    image_url: httpUrl().nullish(),
    kind: z.enum(DEAL_KINDS),
    value: z.number().positive().max(100_000).nullish(),
    conditions: text({ max: 1000 }).nullish(),
    starts_on: day(),
    ends_on: day(),
    quota: z.number().int().positive().max(1_000_000).nullish(),
    per_shopper_limit: z.number().int().min(1).max(100).optional(),
    promotion_code: text({ max: 60 }).nullish(),
  })
  .strict()
  .refine((deal) => deal.ends_on >= deal.starts_on, {
    path: ["ends_on"],
    error: (issue) => fieldMessage(issue.path, "le bon plan doit finir le jour où il commence ou après"),
  })
export type VendorCreateDealType = z.infer<typeof VendorCreateDeal>

export const VendorUpdateDeal = z
  .object({
    title: text({ min: 3, max: 120 }),
    description: text({ max: 2000 }).nullable(),
    image_url: httpUrl().nullable(),
    conditions: text({ max: 1000 }).nullable(),
    quota: z.number().int().positive().max(1_000_000).nullable(),
    per_shopper_limit: z.number().int().min(1).max(100),
    status: z.enum(["published", "paused"]),
  })
  .partial()
  .strict()
export type VendorUpdateDealType = z.infer<typeof VendorUpdateDeal>

export const VendorRedeem = z.object({ code: text({ min: 1, max: 200 }) }).strict()
export type VendorRedeemType = z.infer<typeof VendorRedeem>

export const StoreListDeals = z
  .object({
    commune: text({ max: 100 }).optional(),
    establishment: text({ max: 100 }).optional(),
    kind: z.enum(DEAL_KINDS).optional(),
    active_now: z.enum(["true", "false"]).optional(),
    ...page({ limit: 20, max: 100 }),
  })
  .strict()
export type StoreListDealsType = z.infer<typeof StoreListDeals>

export const StoreClaimDeal = z.object({ email: email().optional() }).strict()
export type StoreClaimDealType = z.infer<typeof StoreClaimDeal>

const recurrence = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("weekly"), until: day() }).strict(),
    z.object({ type: z.literal("dates"), dates: z.array(day()).min(1).max(100) }).strict(),
  ])
  .nullish()

export const CreateEvent = z
  .object({
    title: text({ min: 3, max: 160 }),
    description: text({ max: 4000 }).nullish(),
    image_url: httpUrl().nullish(),
    category: text({ min: 2, max: 60 }),
    starts_at: instant(),
    ends_at: instant(),
    recurrence,
    address: text({ max: 300 }).nullish(),
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    is_free: z.boolean().optional(),
    price: euros({ max: 10_000 }).nullish(),
    booking_url: httpUrl().nullish(),
    accessibility_notes: text({ max: 1000 }).nullish(),
  })
  .strict()
  .refine((event) => !(event.is_free && event.price), {
    path: ["price"],
    error: (issue) => fieldMessage(issue.path, "un événement gratuit n'a pas de prix"),
  })
  .refine((event) => event.recurrence?.type !== "weekly" || event.recurrence.until >= event.starts_at.slice(0, 10), {
    path: ["recurrence", "until"],
    error: (issue) => fieldMessage(issue.path, "la répétition doit finir après le premier jour de l'événement"),
  })
export type CreateEventType = z.infer<typeof CreateEvent>

export const StoreListEvents = z
  .object({
    commune: text({ max: 100 }).optional(),
    establishment: text({ max: 100 }).optional(),
    category: text({ max: 60 }).optional(),
    free: z.enum(["true", "false"]).optional(),
    from: instant().optional(),
    to: instant().optional(),
    ...page({ limit: 50, max: 200 }),
  })
  .strict()
export type StoreListEventsType = z.infer<typeof StoreListEvents>

export const StoreListSites = z.object({ commune: text({ max: 100 }).optional() }).strict()
export type StoreListSitesType = z.infer<typeof StoreListSites>
