import { z } from "@medusajs/framework/zod"
import { instant, page, text } from "@enjoy/kernel"
import { DISCOVERY_TYPES, type DiscoverParams } from "../../../lib/discover/params"

/** "a,b" or repeated parameters → a clean list of short values. */
const list = (max = 20) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) =>
      (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean)
    )
    .pipe(z.array(z.string().max(80)).max(max, `${max} valeurs au plus`))

const flag = z.enum(["true", "false"]).optional().transform((v) => v === "true")
const price = z.coerce.number().min(0, "Le prix ne peut pas être négatif").max(100_000).optional()

const near = z
  .string()
  .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, "near attend « latitude,longitude », par exemple 50.6365,3.0635")
  .transform((value) => {
    const [latitude, longitude] = value.split(",").map(Number)
    return { latitude, longitude }
  })
  .refine((p) => Math.abs(p.latitude) <= 90 && Math.abs(p.longitude) <= 180, "near : coordonnées hors limites (latitude ±90, longitude ±180)")
  .optional()

export const StoreDiscover = z
  .object({
    q: text({ max: 200 }).optional(),
    types: list(4).pipe(z.array(z.enum(DISCOVERY_TYPES))).transform((t) => (t.length ? t : [...DISCOVERY_TYPES])),
    commune: list(),
    kind: list(),
    category: list(),
    mode: list(3).pipe(z.array(z.enum(["showcase", "reservation", "online"]))),
    open_now: flag,
    has_deal: flag,
    in_stock: flag,
    price_min: price,
    price_max: price,
    near,
    radius: z.coerce.number().positive().max(50, "Le rayon est limité à 50 km").default(5),
    sort: z.enum(["relevance", "distance"]).optional(),
    /** Groups to count facets for: all by default, `none`, or a list (the storefront asks for the one it shows). */
    facets: list(5).pipe(z.array(z.enum([...DISCOVERY_TYPES, "none"]))),
    ...page({ limit: 10, max: 50, maxOffset: 1000 }),
    /** The instant "open now" and running bons plans are judged at; now by default. */
    at: instant().optional(),
  })
  .strict()
  .refine((p) => p.price_min === undefined || p.price_max === undefined || p.price_min <= p.price_max, {
    message: "price_min dépasse price_max",
    path: ["price_min"],
  })
  .refine((p) => p.sort !== "distance" || p.near, { message: "sort=distance demande near=latitude,longitude", path: ["sort"] })
  .transform(
    ({ radius, at, sort, facets, ...p }): DiscoverParams => ({
      ...p,
      facets: facets.includes("none") ? [] : facets.length ? (facets as DiscoverParams["facets"]) : [...DISCOVERY_TYPES],
      q: p.q || undefined,
      radius_km: radius,
      sort: sort ?? (p.near && !p.q ? "distance" : "relevance"),
      at: at ? new Date(at) : new Date(),
    })
  )

export const StoreDiscoverSuggest = z
  .object({
    q: text({ min: 1, max: 100 }),
    limit: page({ limit: 8, max: 20 }).limit,
  })
  .strict()

export type StoreDiscoverSuggestType = z.infer<typeof StoreDiscoverSuggest>
