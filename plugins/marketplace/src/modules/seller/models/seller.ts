import { model } from "@medusajs/framework/utils"
import { COMMERCE_MODES, SELLER_KINDS, SELLER_STATUSES } from "../../../lib/seller-status"
import { MerchantInvite } from "./merchant-invite"
import { SellerMember } from "./seller-member"

/**
 * An establishment: a shop, a restaurant, a craftsperson, a market stall, a
 * service, a cultural or heritage site. Its vitrine grows from showcase to
 * reservation to online selling without anything being typed twice.
 */
export const Seller = model
  .define("seller", {
    id: model.id({ prefix: "sel" }).primaryKey(),
    name: model.text().searchable(),
    handle: model.text().unique(),
    kind: model.enum([...SELLER_KINDS]),
    categories: model.array(),
    description: model.text().nullable(),
    photos: model.array(),
    /** Each photo's alternative text and stored widths, keyed by its address (lib/seller-photos.ts). */
    photo_meta: model.json().nullable(),
    address_1: model.text(),
    address_2: model.text().nullable(),
    postal_code: model.text(),
    city: model.text(),
    latitude: model.float(),
    longitude: model.float(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    website: model.text().nullable(),
    social_links: model.json().nullable(),
    siret: model.text().nullable(),
    /** Accessibility information shown on the vitrine (wheelchair access, labels, notes). */
    accessibility: model.json().nullable(),
    /** Cultural and heritage sites: { conditions, languages[], labels[] } (how to visit, in which languages, labels such as Tourisme & Handicap). */
    visit_info: model.json().nullable(),
    /** Weekly schedule and dated exceptions, see lib/opening-hours.ts. */
    opening_hours: model.json().nullable(),
    commerce_mode: model.enum([...COMMERCE_MODES]).default("showcase"),
    status: model.enum([...SELLER_STATUSES]).default("draft"),
    pickup_deadline_hours: model.number().default(48),
    /** Optional local delivery: { radius_km, fee }. */
    delivery: model.json().nullable(),
    members: model.hasMany(() => SellerMember, { mappedBy: "seller" }),
    merchant_invites: model.hasMany(() => MerchantInvite, { mappedBy: "seller" }),
  })
  .cascades({ delete: ["members", "merchant_invites"] })
  .indexes([{ on: ["status", "kind"] }])
