import { establishmentDocument, productDocument, type SellerRow } from "@enjoy/marketplace/search-documents"
import { MEL_COMMUNES, PLACES, SURNAMES, TRADES, type Trade } from "./catalogue"

/** A small deterministic generator (mulberry32): the same seed gives the same territory. */
export function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    between: (min: number, max: number) => min + next() * (max - min),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
  }
}
export type Random = ReturnType<typeof random>

export type ScaleCommune = { slug: string; name: string; latitude: number; longitude: number }

const slugify = (name: string) =>
  name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/œ/g, "oe").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")

/** Communes of the metropole (their real names, then numbered ones), placed in its bounding box. */
export function communes(count: number, rnd: Random): ScaleCommune[] {
  return Array.from({ length: count }, (_, i) => {
    const name = MEL_COMMUNES[i] ?? `Commune ${i + 1}`
    return { slug: `${slugify(name)}-echelle`, name, latitude: rnd.between(50.55, 50.8), longitude: rnd.between(2.85, 3.3) }
  })
}

const tradeTable = TRADES.flatMap((trade) => Array<Trade>(trade.weight).fill(trade))
const DAYS = ["mo", "tu", "we", "th", "fr", "sa", "su"] as const

function openingHours(trade: Trade, rnd: Random) {
  const restaurant = trade.kind === "restaurant"
  const ranges = restaurant
    ? [{ open: "12:00", close: "14:30" }, { open: "19:00", close: "23:00" }]
    : [{ open: rnd.pick(["08:00", "09:00", "09:30", "10:00"]), close: rnd.pick(["12:30", "13:00"]) }, { open: rnd.pick(["14:00", "14:30"]), close: rnd.pick(["18:30", "19:00", "19:30"]) }]
  const closed = rnd.pick(["su", "mo", "su"])
  return { weekly: Object.fromEntries(DAYS.map((d) => [d, d === closed ? [] : ranges])), exceptions: [] }
}

/** The nth establishment of the territory, as the seller row the real indexing maps to a document. */
export function establishment(n: number, territory: ScaleCommune[], rnd: Random): { row: SellerRow; trade: Trade } {
  const trade = rnd.pick(tradeTable)
  const commune = territory[n % territory.length]
  const name = rnd
    .pick(trade.names)
    .replace("{nom}", rnd.pick(SURNAMES))
    .replace("{lieu}", rnd.pick(PLACES))
    .replace("{jour}", rnd.pick(["Lundi", "Mercredi", "Samedi", "Dimanche"]))
  const row: SellerRow = {
    id: `sel_scale_${n}`,
    name,
    handle: `${slugify(name)}-${n}`,
    kind: trade.kind,
    categories: trade.categories,
    description: trade.description,
    photos: [],
    address_1: `${1 + Math.floor(rnd.next() * 180)} rue ${rnd.pick(PLACES)}`,
    postal_code: "59000",
    city: commune.name,
    latitude: commune.latitude + rnd.between(-0.02, 0.02),
    longitude: commune.longitude + rnd.between(-0.03, 0.03),
    opening_hours: openingHours(trade, rnd),
    commerce_mode: rnd.pick(["showcase", "reservation", "reservation", "online"]),
    status: "open",
    commune: { slug: commune.slug, name: commune.name },
  }
  return { row, trade }
}

/** The discovery documents of one establishment and of `productCount` of its products. */
export function documentsOf(n: number, productCount: number, territory: ScaleCommune[], rnd: Random) {
  const { row, trade } = establishment(n, territory, rnd)
  const products = trade.products.length
    ? Array.from({ length: productCount }, (_, i) => {
        const model = rnd.pick(trade.products)
        const price = Math.round(rnd.between(model.min, model.max) * 10) / 10
        const title = i < trade.products.length ? model.title : `${model.title} ${rnd.pick(["maison", "du Nord", "artisanal", "de saison", "bio", "fermier"])}`
        return productDocument({
          id: `prod_scale_${n}_${i}`,
          title,
          handle: `${slugify(title)}-${n}-${i}`,
          description: `${title} de ${row.name}, ${row.city}.`,
          status: "published",
          seller: row,
          variants: [{ manage_inventory: rnd.next() < 0.1 ? false : true, prices: [{ amount: price, currency_code: "eur" }], inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: rnd.next() < 0.85 ? 1 + Math.floor(rnd.next() * 30) : 0, reserved_quantity: 0 }] } }] }],
        })
      }).filter((doc) => doc !== null)
    : []
  return { establishment: establishmentDocument(row)!, products }
}

/** How many products each establishment gets so that the total comes out right. */
export function productShare(establishments: number, products: number, n: number): number {
  const base = Math.floor(products / establishments)
  return base + (n < products % establishments ? 1 : 0)
}
