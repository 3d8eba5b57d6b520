import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Pg } from "../../../../lib/discover/pg-lexicon"
import { suggest, type SearchEngine } from "../../../../lib/discover/run-discovery"
import { pgSpeller } from "../../../../lib/discover/speller"
import type { StoreDiscoverSuggestType } from "../validators"

/** GET /store/discover/suggest?q=boul — what the search box offers while typing. */
export async function GET(req: MedusaRequest<unknown, StoreDiscoverSuggestType>, res: MedusaResponse) {
  const { q, limit } = req.validatedQuery
  const engine = req.scope.resolve<SearchEngine>(Modules.SEARCH)
  const speller = pgSpeller(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Pg)
  res.json({ suggestions: await suggest(engine, q, limit, speller) })
}
