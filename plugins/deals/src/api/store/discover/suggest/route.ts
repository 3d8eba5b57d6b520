import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { suggest, type SearchEngine } from "../../../../lib/discover/run-discovery"
import type { StoreDiscoverSuggestType } from "../validators"

/** GET /store/discover/suggest?q=boul — what the search box offers while typing. */
export async function GET(req: MedusaRequest<unknown, StoreDiscoverSuggestType>, res: MedusaResponse) {
  const { q, limit } = req.validatedQuery
  const engine = req.scope.resolve<SearchEngine>(Modules.SEARCH)
  res.json({ suggestions: await suggest(engine, q, limit) })
}
