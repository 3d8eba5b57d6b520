import { z } from "@medusajs/framework/zod"
import { day, email, fieldMessage, named, page, text } from "@enjoy/kernel"

export const OpenDataQuery = z
  .object({
    ...page({ limit: 100, max: 1000 }),
  })
  .strict()
export type OpenDataQueryType = z.infer<typeof OpenDataQuery>

export const Beacon = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("vitrine_view"), seller_id: text({ min: 1, max: 64 }) }).strict(),
    z.object({ type: z.literal("search"), q: text({ max: 200 }), commune: text({ max: 80 }).optional() }).strict(),
  ],
  { error: () => fieldMessage(["type"], "vitrine_view ou search attendu") }
)
export type BeaconType = z.infer<typeof Beacon>

export const TagQuery = z.object({ format: z.enum(["json", "svg", "png", "ndef", "a6", "a4"]).default("json") }).strict()
export type TagQueryType = z.infer<typeof TagQuery>

/** A period of days: in order, a year at most. */
const period = <T extends { from?: string; to?: string }>(schema: z.ZodType<T>) =>
  schema
    .refine((q) => !q.from || !q.to || q.from <= q.to, {
      path: ["to"],
      error: (issue) => fieldMessage(issue.path, "doit suivre « from »"),
    })
    .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000, {
      path: ["to"],
      error: (issue) => fieldMessage(issue.path, "une période couvre un an au plus"),
    })
export const StatsQuery = period(z.object({ from: day().optional(), to: day().optional() }).strict())
export type StatsQueryType = z.infer<typeof StatsQuery>

export const CreatePartnerKey = z
  .object({
    name: text({ min: 2, max: 120 }),
    commune_ids: z.array(text({ min: 1, max: 100 })).max(200).optional(),
    rate_limit: z.number().int().min(1).max(6000).optional(),
  })
  .strict()
export type CreatePartnerKeyType = z.infer<typeof CreatePartnerKey>

export const ReportQuery = period(
  z.object({ from: day().optional(), to: day().optional(), format: z.enum(["json", "csv", "pdf"]).default("json") }).strict()
)
export type ReportQueryType = z.infer<typeof ReportQuery>

export const ImportQuery = z
  .object({ source: z.enum(["sirene", "modele"]), commit: z.enum(["true", "false"]).default("false").transform((v) => v === "true") })
  .strict()
export type ImportQueryType = z.infer<typeof ImportQuery>

export const RequestClaim = z
  .object({
    siret: z.string().trim().transform((s) => s.replace(/\s/g, "")).pipe(z.string().regex(/^\d{14}$/, named("le SIRET compte 14 chiffres"))),
    email: email(),
    name: text({ min: 2, max: 120 }),
    phone: text({ max: 30 }).nullish(),
    message: text({ max: 1000 }).nullish(),
  })
  .strict()
export type RequestClaimType = z.infer<typeof RequestClaim>

export const DecideClaim = z
  .object({ decision: z.enum(["approved", "rejected"]), reason: text({ max: 1000 }).nullish() })
  .strict()
export type DecideClaimType = z.infer<typeof DecideClaim>

export const ProductImportQuery = z
  .object({ commit: z.enum(["true", "false"]).default("false").transform((v) => v === "true") })
  .strict()
export type ProductImportQueryType = z.infer<typeof ProductImportQuery>
