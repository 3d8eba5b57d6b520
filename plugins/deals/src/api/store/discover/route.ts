import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { DiscoverParams } from "../../../lib/discover/params"
import { runDiscovery, type SearchEngine } from "../../../lib/discover/run-discovery"

/**
 * GET /store/discover — establishments, products, bons plans and events in one
 * request: text, filters, distance, facet counts and pages per group.
 */
export async function GET(req: MedusaRequest<unknown, DiscoverParams>, res: MedusaResponse) {
  const engine = req.scope.resolve<SearchEngine>(Modules.SEARCH)
  res.json(await runDiscovery(engine, req.validatedQuery as DiscoverParams))
}
