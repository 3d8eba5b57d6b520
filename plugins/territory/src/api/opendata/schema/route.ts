import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openDataSchema } from "../../../lib/open-data-schema"

/** The open data's field names, types and meanings: what a partner builds against. */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "public, max-age=3600")
  res.json(openDataSchema())
}
