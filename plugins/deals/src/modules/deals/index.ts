import { Module } from "@medusajs/framework/utils"
import DealsModuleService from "./service"

export const DEALS_MODULE = "deals"

export default Module(DEALS_MODULE, {
  service: DealsModuleService,
})

export { DealsModuleService }
