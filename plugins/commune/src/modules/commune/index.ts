import { Module } from "@medusajs/framework/utils"
import CommuneModuleService from "./service"

export const COMMUNE_MODULE = "commune"

export default Module(COMMUNE_MODULE, {
  service: CommuneModuleService,
})

export type { CommuneModuleOptions } from "./service"
export { CommuneModuleService }
// The cost split between communes by population tier: the territory's reports show each commune its share.
export { computeCostSplit, type CommuneForCostSplit } from "../../lib/cost-split"
