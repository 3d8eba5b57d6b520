import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { frenchIndexSettings } from "@enjoy/kernel"
import { dealDocument, type DealRow } from "../lib/search-documents"

const fields = search.define({
  id: search.keyword().filterable(),
  title: search.text().searchable({ weight: 3 }),
  description: search.text().searchable({ weight: 1 }),
  terms: search.text().searchable({ weight: 2 }).retrievable(false),
  kind: search.keyword().filterable().facetable(),
  value: search.float(),
  image_url: search.keyword(),
  starts_at: search.date().filterable().sortable(),
  ends_at: search.date().filterable().sortable(),
  seller_id: search.keyword().filterable().facetable(),
  seller_name: search.text().searchable({ weight: 2 }),
  seller_handle: search.keyword(),
  commune: search.keyword().filterable().facetable(),
  commune_name: search.text().searchable({ weight: 1 }),
  latitude: search.float().filterable().sortable(),
  longitude: search.float().filterable().sortable(),
})

const SELLER = ["id", "name", "handle", "status", "latitude", "longitude", "commune.slug", "commune.name"]
const source = {
  fields: ["id", "title", "description", "kind", "value", "image_url", "starts_at", "ends_at", "status", ...SELLER.map((f) => `seller.${f}`)],
  transform: (rows: DealRow[]) => rows.map(dealDocument).filter((doc) => doc !== null),
}

/** Published bons plans of open establishments; whether one is running now is asked at query time. */
export default defineSearchIndex({
  name: "deal",
  entity: "deal",
  fields,
  settings: frenchIndexSettings(),
  events: ["deals.deal.created", "deals.deal.updated", "deals.deal.deleted", "seller.seller.updated"],
  consume: graphConsume({
    ...source,
    resolve_ids: async (event, { container }) => {
      const ids = ([] as string[]).concat(event.data.id)
      if (!event.name.startsWith("seller.")) {
        return ids
      }
      const { data } = await container.query.graph({ entity: "deal", fields: ["id"], filters: { seller_id: ids } })
      return data.map((deal: { id: string }) => deal.id)
    },
  }),
  seed: graphSeed(source),
})
