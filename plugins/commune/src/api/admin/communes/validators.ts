import { z } from "@medusajs/framework/zod"
import { email, isHttpUrl, isValidHexColor, named, page, text } from "@enjoy/kernel"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { isValidInseeCode, isValidPostalCode } from "../../../lib/insee"

/** Medusa prints custom messages as they are, so each one names its field. */
const hexColor = (field: string) =>
  z.string().refine(isValidHexColor, `Field '${field}' must be a #rrggbb colour`)

/** Fields an agent may change too: the commune's co-branding. */
export const communeBrandingShape = {
  // An address, or the image itself inline (a data: image, which an <img> shows without running anything).
  logo_url: z
    .string()
    .max(100_000)
    .refine((v) => isHttpUrl(v) || /^data:image\/(png|jpeg|webp|svg\+xml)[;,]/.test(v), named("adresse http(s) ou image data: attendue"))
    .nullish(),
  primary_color: hexColor("primary_color").optional(),
  secondary_color: hexColor("secondary_color").optional(),
}

const communeShape = {
  name: text({ min: 1, max: 120 }),
  slug: z
    .string()
    .max(80)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Field 'slug' must be lowercase words separated by hyphens"),
  insee_code: z
    .string()
    .refine(
      isValidInseeCode,
      "Field 'insee_code' must be an INSEE code: 5 characters, digits or 2A/2B for Corsica"
    ),
  postal_codes: z
    .array(z.string().refine(isValidPostalCode, "Field 'postal_codes' must hold postal codes of 5 digits"))
    .min(1),
  population: z.number().int().nonnegative(),
  population_year: z.number().int().min(1900).max(2100),
  ...communeBrandingShape,
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  convention_start: z.coerce.date(),
  convention_end: z.coerce.date().nullish(),
}

const conventionInOrder = (c: { convention_start?: Date; convention_end?: Date | null }) =>
  !c.convention_start || !c.convention_end || c.convention_end >= c.convention_start

const conventionMessage = {
  message: "Field 'convention_end' cannot be before 'convention_start'",
  path: ["convention_end"],
}

export const AdminCreateCommune = z
  .object(communeShape)
  .strict()
  .refine(conventionInOrder, conventionMessage)
export type AdminCreateCommuneType = z.infer<typeof AdminCreateCommune>

export const AdminUpdateCommune = z
  .object(communeShape)
  .partial()
  .strict()
  .refine(conventionInOrder, conventionMessage)
export type AdminUpdateCommuneType = z.infer<typeof AdminUpdateCommune>

export const AdminGetCommunesParams = createFindParams({ limit: 50, offset: 0 }).extend({
  ...page({ limit: 50, max: 500 }),
  q: text({ max: 120 }).optional(),
  status: z.enum(["active", "suspended", "ended"]).optional(),
})

export const AdminGetCommuneParams = createSelectParams()

export const AdminInviteAgent = z
  .object({ email: email() })
  .strict()
export type AdminInviteAgentType = z.infer<typeof AdminInviteAgent>

export const AdminGetCostSplitParams = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .strict()
export type AdminGetCostSplitParamsType = z.infer<typeof AdminGetCostSplitParams>
