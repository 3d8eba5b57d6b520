import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { establishmentTemplate } from "../../../../../lib/establishment-csv"

/** The CSV template to fill in (one example line). */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", 'attachment; filename="modele-etablissements.csv"')
  res.send(establishmentTemplate())
}
