import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { DiscoverParams } from "../../../lib/discover/params"
import type { Pg } from "../../../lib/discover/pg-lexicon"
import { runDiscovery, type SearchEngine } from "../../../lib/discover/run-discovery"
import { pgSpeller } from "../../../lib/discover/speller"

/**
 * GET /store/discover — establishments, products, bons plans and events in one
 * request: text, filters, distance, facet counts and pages per group.
 */
export async function GET(req: MedusaRequest<unknown, DiscoverParams>, res: MedusaResponse) {
  const engine = req.scope.resolve<SearchEngine>(Modules.SEARCH)
  const speller = pgSpeller(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Pg)
  res.json(await runDiscovery(engine, req.validatedQuery as DiscoverParams, speller))
}
