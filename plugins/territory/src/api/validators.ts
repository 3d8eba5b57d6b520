import { z } from "@medusajs/framework/zod"

export const OpenDataQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type OpenDataQueryType = z.infer<typeof OpenDataQuery>

export const Beacon = z.discriminatedUnion("type", [
  z.object({ type: z.literal("vitrine_view"), seller_id: z.string().min(1).max(64) }).strict(),
  z.object({ type: z.literal("search"), q: z.string().max(200), commune: z.string().max(80).optional() }).strict(),
])
export type BeaconType = z.infer<typeof Beacon>

export const TagQuery = z.object({ format: z.enum(["json", "svg", "png", "ndef", "a6", "a4"]).default("json") }).strict()
export type TagQueryType = z.infer<typeof TagQuery>

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Expected a day as YYYY-MM-DD")
export const StatsQuery = z
  .object({ from: day.optional(), to: day.optional() })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "'from' must come before 'to'" })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000, { message: "A period spans at most a year" })
export type StatsQueryType = z.infer<typeof StatsQuery>

export const CreatePartnerKey = z
  .object({
    name: z.string().trim().min(2).max(120),
    commune_ids: z.array(z.string().min(1)).max(200).optional(),
    rate_limit: z.number().int().min(1).max(6000).optional(),
  })
  .strict()
export type CreatePartnerKeyType = z.infer<typeof CreatePartnerKey>

export const ReportQuery = z
  .object({ from: day.optional(), to: day.optional(), format: z.enum(["json", "csv", "pdf"]).default("json") })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "'from' must come before 'to'" })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000, { message: "A period spans at most a year" })
export type ReportQueryType = z.infer<typeof ReportQuery>

export const ImportQuery = z
  .object({ source: z.enum(["sirene", "modele"]), commit: z.enum(["true", "false"]).default("false").transform((v) => v === "true") })
  .strict()
export type ImportQueryType = z.infer<typeof ImportQuery>

export const RequestClaim = z
  .object({
    siret: z.string().trim().transform((s) => s.replace(/\s/g, "")).pipe(z.string().regex(/^\d{14}$/, "Le SIRET compte 14 chiffres")),
    email: z.string().trim().email("Adresse e-mail invalide"),
    name: z.string().trim().min(2).max(120),
    phone: z.string().trim().max(30).nullish(),
    message: z.string().trim().max(1000).nullish(),
  })
  .strict()
export type RequestClaimType = z.infer<typeof RequestClaim>

export const DecideClaim = z
  .object({ decision: z.enum(["approved", "rejected"]), reason: z.string().trim().max(1000).nullish() })
  .strict()
export type DecideClaimType = z.infer<typeof DecideClaim>

export const ProductImportQuery = z
  .object({ commit: z.enum(["true", "false"]).default("false").transform((v) => v === "true") })
  .strict()
export type ProductImportQueryType = z.infer<typeof ProductImportQuery>
