import { model } from "@medusajs/framework/utils"

export const EVENT_STATUSES = ["draft", "pending", "published", "expired"] as const

/**
 * An event of the agenda, organised by a commune or an establishment (a shop,
 * a cultural or heritage site): held at the establishment or at an address,
 * once, weekly or on a list of days (see lib/occurrences.ts).
 */
export const AgendaEvent = model
  .define("agenda_event", {
    id: model.id({ prefix: "evt" }).primaryKey(),
    title: model.text().searchable(),
    description: model.text().nullable(),
    image_url: model.text().nullable(),
    category: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    recurrence: model.json().nullable(),
    /** End of the last occurrence: range filters and expiry read it. */
    last_ends_at: model.dateTime(),
    commune_id: model.text(),
    seller_id: model.text().nullable(),
    address: model.text().nullable(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    is_free: model.boolean().default(true),
    price: model.float().nullable(),
    booking_url: model.text().nullable(),
    accessibility_notes: model.text().nullable(),
    status: model.enum([...EVENT_STATUSES]).default("draft"),
    created_by: model.text(),
  })
  .indexes([{ on: ["commune_id", "status", "last_ends_at"] }, { on: ["seller_id"] }])
