import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { computeCostSplit, costSplitToCsv, type CommuneForCostSplit } from "../../../../lib/cost-split"
import { COMMUNE_MODULE } from "../../../../modules/commune"
import type CommuneModuleService from "../../../../modules/commune/service"
import type { AdminGetCostSplitParamsType } from "../validators"

/** The yearly "clé de répartition" between communes, as JSON or as CSV. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { year, format } = req.validatedQuery as AdminGetCostSplitParamsType
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
