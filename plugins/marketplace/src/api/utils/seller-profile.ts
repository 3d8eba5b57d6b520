import { MAX_PHOTOS } from "../../lib/seller-photos"
import { z } from "@medusajs/framework/zod"
import { day as calendarDay, email, euros, httpUrl, isValidSiret, isValidTime, normalizeSiret, text } from "@enjoy/kernel"
import { COMMERCE_MODES, SELLER_KINDS } from "../../lib/seller-status"

/** Medusa prints custom messages as they are, so each one names its field. */
const time = z.string().refine(isValidTime, "Field 'opening_hours' holds times as HH:MM")
const range = z.object({ open: time, close: time }).strict()
const day = z.array(range).max(6)

/** A closure spans at most a year: longer is a shop that has closed, not an exception. */
const MAX_EXCEPTION_DAYS = 366
const exceptionDays = (e: { date: string; until?: string }) =>
  e.until ? Math.round((Date.parse(e.until) - Date.parse(e.date)) / 86_400_000) + 1 : 1

export const OpeningHoursSchema = z
  .object({
    weekly: z
      .object({ mo: day, tu: day, we: day, th: day, fr: day, sa: day, su: day })
      .strict(),
    exceptions: z
      .array(
        z
          .object({
            date: calendarDay(),
            until: calendarDay().optional(),
            ranges: day,
            label: text({ max: 80 }).optional(),
          })
          .strict()
          .refine((e) => !e.until || e.until >= e.date, {
            message: "Field 'opening_hours.exceptions.until' must not be before its 'date'",
            path: ["until"],
          })
          .refine((e) => exceptionDays(e) <= MAX_EXCEPTION_DAYS, {
            message: `Field 'opening_hours.exceptions.until' must be at most ${MAX_EXCEPTION_DAYS} days after its 'date'`,
            path: ["until"],
          })
      )
      .max(100)
      .refine((all) => all.reduce((sum, e) => sum + exceptionDays(e), 0) <= MAX_EXCEPTION_DAYS * 2, {
        message: `Field 'opening_hours.exceptions' may cover at most ${MAX_EXCEPTION_DAYS * 2} days in all`,
      })
      .default([]),
  })
  .strict()

/** The vitrine profile: what an operator, and later a merchant, may write. */
export const sellerProfileShape = {
  name: text({ min: 1, max: 120 }),
  handle: z
    .string()
    .max(80)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Field 'handle' must be lowercase words separated by hyphens"),
  kind: z.enum(SELLER_KINDS),
  categories: z.array(text({ min: 1, max: 60 })).max(10).optional(),
  description: text({ max: 5_000 }).nullish(),
  photos: z.array(httpUrl()).max(MAX_PHOTOS).optional(),
  address_1: text({ min: 1, max: 200 }),
  address_2: text({ max: 200 }).nullish(),
  postal_code: z.string().regex(/^\d{5}$/, "Field 'postal_code' must be 5 digits"),
  city: text({ min: 1, max: 120 }),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  phone: z.string().regex(/^\+?[\d\s.]{6,20}$/, "Field 'phone' must be a phone number").nullish(),
  email: email().nullish(),
  website: httpUrl().nullish(),
  social_links: z.record(text({ min: 1, max: 40 }), httpUrl()).nullish(),
  siret: z
    .string()
    .transform(normalizeSiret)
    .refine(isValidSiret, "Field 'siret' must be a valid SIRET: 14 digits with a correct Luhn key")
    .nullish(),
  accessibility: z.record(z.string(), z.unknown()).nullish(),
  visit_info: z
    .object({
      conditions: text({ max: 2000 }).nullish(),
      languages: z.array(text({ min: 2, max: 40 })).max(20).optional(),
      labels: z.array(text({ min: 2, max: 80 })).max(20).optional(),
    })
    .strict()
    .nullish(),
  opening_hours: OpeningHoursSchema.nullish(),
  commerce_mode: z.enum(COMMERCE_MODES).optional(),
  pickup_deadline_hours: z.number().int().min(1).max(24 * 14).optional(),
  delivery: z
    .object({ radius_km: z.number().positive().max(50), fee: z.union([z.literal(0), euros({ max: 1_000 })]) })
    .strict()
    .nullish(),
}
