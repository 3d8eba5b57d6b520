import { Module } from "@medusajs/framework/utils"
import AssociationModuleService from "./service"

export const ASSOCIATION_MODULE = "association"

export default Module(ASSOCIATION_MODULE, {
  service: AssociationModuleService,
})

export { AssociationModuleService }
