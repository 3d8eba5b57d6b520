import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importProducts } from "../../../utils/import-products"

/** An agent fills its commune's establishments' shelves from the products template (dry run by default). */
export const POST = (req: AuthenticatedMedusaRequest, res: MedusaResponse) => importProducts(req, res)
