import { MAX_PHOTOS } from "../../lib/seller-photos"
import { z } from "@medusajs/framework/zod"
import { isValidTime } from "../../lib/opening-hours"
import { COMMERCE_MODES, SELLER_KINDS } from "../../lib/seller-status"
import { isValidSiret, normalizeSiret } from "../../lib/siret"

/** Medusa prints custom messages as they are, so each one names its field. */
const time = z.string().refine(isValidTime, "Field 'opening_hours' holds times as HH:MM")
const range = z.object({ open: time, close: time }).strict()
const day = z.array(range).max(6)

export const OpeningHoursSchema = z
  .object({
    weekly: z
      .object({ mo: day, tu: day, we: day, th: day, fr: day, sa: day, su: day })
      .strict(),
    exceptions: z
      .array(
        z
          .object({
            date: z.iso.date("Field 'opening_hours.exceptions.date' must be YYYY-MM-DD"),
            ranges: day,
            label: z.string().max(80).optional(),
          })
          .strict()
      )
      .max(100)
      .default([]),
  })
  .strict()

/** The vitrine profile: what an operator, and later a merchant, may write. */
export const sellerProfileShape = {
  name: z.string().trim().min(1).max(120),
  handle: z
    .string()
    .max(80)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Field 'handle' must be lowercase words separated by hyphens"),
  kind: z.enum(SELLER_KINDS),
  categories: z.array(z.string().trim().min(1).max(60)).max(10).optional(),
  description: z.string().max(5_000).nullish(),
  photos: z.array(z.string().url("Field 'photos' must hold URLs")).max(MAX_PHOTOS).optional(),
  address_1: z.string().trim().min(1).max(200),
  address_2: z.string().trim().max(200).nullish(),
  postal_code: z.string().regex(/^\d{5}$/, "Field 'postal_code' must be 5 digits"),
  city: z.string().trim().min(1).max(120),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  phone: z.string().regex(/^\+?[\d\s.]{6,20}$/, "Field 'phone' must be a phone number").nullish(),
  email: z.string().email("Field 'email' must be an email address").nullish(),
  website: z.string().url("Field 'website' must be a URL").nullish(),
  social_links: z.record(z.string(), z.string().url("Field 'social_links' must hold URLs")).nullish(),
  siret: z
    .string()
    .transform(normalizeSiret)
    .refine(isValidSiret, "Field 'siret' must be a valid SIRET: 14 digits with a correct Luhn key")
    .nullish(),
  accessibility: z.record(z.string(), z.unknown()).nullish(),
  visit_info: z
    .object({
      conditions: z.string().max(2000).nullish(),
      languages: z.array(z.string().trim().min(2).max(40)).max(20).optional(),
      labels: z.array(z.string().trim().min(2).max(80)).max(20).optional(),
    })
    .strict()
    .nullish(),
  opening_hours: OpeningHoursSchema.nullish(),
  commerce_mode: z.enum(COMMERCE_MODES).optional(),
  pickup_deadline_hours: z.number().int().min(1).max(24 * 14).optional(),
  delivery: z
    .object({ radius_km: z.number().positive().max(50), fee: z.number().min(0) })
    .strict()
    .nullish(),
}
