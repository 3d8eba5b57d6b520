import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { frenchIndexSettings } from "@enjoy/kernel"
import { agendaEventDocument, type AgendaEventRow } from "../lib/search-documents"

const fields = search.define({
  id: search.keyword().filterable(),
  title: search.text().searchable({ weight: 3 }),
  description: search.text().searchable({ weight: 1 }),
  terms: search.text().searchable({ weight: 2 }).retrievable(false),
  category: search.keyword().filterable().facetable(),
  image_url: search.keyword(),
  starts_at: search.date().filterable().sortable(),
  ends_at: search.date().filterable().sortable(),
  address: search.text(),
  is_free: search.boolean().filterable().facetable(),
  price: search.float().filterable(),
  seller_name: search.text().searchable({ weight: 1 }),
  seller_handle: search.keyword(),
  commune: search.keyword().filterable().facetable(),
  commune_name: search.text().searchable({ weight: 1 }),
  latitude: search.float().filterable().sortable(),
  longitude: search.float().filterable().sortable(),
})

const SELLER = ["name", "handle", "status", "latitude", "longitude"]
const source = {
  fields: [
    "id", "title", "description", "category", "image_url", "starts_at", "last_ends_at", "address", "latitude", "longitude",
    "is_free", "price", "status", "commune_id", ...SELLER.map((f) => `seller.${f}`),
  ],
  /** Events name their commune by id; one read per page gives the slugs. */
  transform: async (rows: AgendaEventRow[], { container }: SearchTypes.SearchIngestionContext) => {
    const ids = [...new Set(rows.map((row) => row.commune_id))]
    const { data } = await container.query.graph({ entity: "commune", fields: ["id", "slug", "name"], filters: { id: ids } })
    const communes = new Map(data.map((c: { id: string; slug: string; name: string }) => [c.id, c]))
    return rows.map((row) => agendaEventDocument(row, communes.get(row.commune_id))).filter((doc) => doc !== null)
  },
}

/** Published agenda events, from their first start to their last end; past ones are filtered at query time. */
export default defineSearchIndex({
  name: "agenda_event",
  entity: "agenda_event",
  fields,
  settings: frenchIndexSettings(),
  events: ["deals.agenda-event.created", "deals.agenda-event.updated", "deals.agenda-event.deleted"],
  consume: graphConsume(source),
  seed: graphSeed(source),
})
