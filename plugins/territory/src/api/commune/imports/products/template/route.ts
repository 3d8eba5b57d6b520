import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productTemplate } from "../../../../../lib/product-csv"

/** The products CSV template (one example line). */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", 'attachment; filename="modele-produits.csv"')
  res.send(productTemplate())
}
