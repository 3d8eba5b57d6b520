import { Module } from "@medusajs/framework/utils"
import CommuneModuleService from "./service"

export const COMMUNE_MODULE = "commune"

export default Module(COMMUNE_MODULE, {
  service: CommuneModuleService,
})

export type { CommuneModuleOptions } from "./service"
export { CommuneModuleService }
