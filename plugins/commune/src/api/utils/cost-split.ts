import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { computeCostSplit, costSplitToCsv, type CommuneForCostSplit } from "../../lib/cost-split"
import { COMMUNE_MODULE } from "../../modules/commune"
import type CommuneModuleService from "../../modules/commune/service"

/**
 * The yearly "clé de répartition" between communes, as JSON or as CSV. The
 * operator and every commune's agents see the same split: each share only
 * makes sense beside the others.
 */
export async function sendCostSplit(req: MedusaRequest, res: MedusaResponse, year: number, format: "json" | "csv") {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const service: CommuneModuleService = req.scope.resolve(COMMUNE_MODULE)
  const { data } = await query.graph({
    entity: "commune",
    fields: ["id", "name", "insee_code", "population", "status", "convention_start", "convention_end"],
  })
  const communes = data.map((c) => ({
    ...c,
    convention_start: new Date(c.convention_start),
    convention_end: c.convention_end ? new Date(c.convention_end) : null,
  })) as CommuneForCostSplit[]
  const tiers = service.getCostTiers()
  const split = computeCostSplit(communes, tiers, year)

  if (format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="repartition-${year}.csv"`)
    res.send(costSplitToCsv(split))
    return
  }
  res.json({ cost_split: { ...split, tiers } })
}
