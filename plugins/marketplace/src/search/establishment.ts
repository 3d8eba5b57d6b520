import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { establishmentDocument, type SellerRow } from "../lib/search-documents"
import { frenchIndexSettings } from "@enjoy/kernel"
import { SELLER_EVENTS, SELLER_FIELDS } from "./_seller-fields"

const fields = search.define({
  id: search.keyword().filterable(),
  name: search.text().searchable({ weight: 3 }).sortable(),
  handle: search.keyword(),
  kind: search.keyword().filterable().facetable(),
  categories: search.keyword().array().searchable({ weight: 2 }).filterable().facetable(),
  description: search.text().searchable({ weight: 1 }),
  // Folded words and synonyms: found by "resto", "creme", "pain"… never shown.
  terms: search.text().searchable({ weight: 2 }).retrievable(false),
  photo: search.keyword(),
  address: search.text(),
  commune: search.keyword().filterable().facetable(),
  commune_name: search.text().searchable({ weight: 1 }),
  commerce_mode: search.keyword().filterable().facetable(),
  latitude: search.float().filterable().sortable(),
  longitude: search.float().filterable().sortable(),
  open_slots: search.integer().array().filterable().retrievable(false),
  // Dated closures and special hours: the days the weekly slots do not apply, and their own slots.
  exception_days: search.integer().array().filterable().retrievable(false),
  exception_slots: search.integer().array().filterable().retrievable(false),
})

const source = {
  fields: SELLER_FIELDS,
  transform: (rows: SellerRow[]) => rows.map((row) => establishmentDocument(row)).filter((doc) => doc !== null),
}

/** Establishments open to the public; a suspended or closed one leaves the index with its next event. */
export default defineSearchIndex({
  name: "establishment",
  entity: "seller",
  fields,
  settings: frenchIndexSettings(),
  events: SELLER_EVENTS,
  consume: graphConsume(source),
  seed: graphSeed(source),
})
