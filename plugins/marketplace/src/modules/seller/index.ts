import { Module } from "@medusajs/framework/utils"
import SellerModuleService from "./service"

export const SELLER_MODULE = "seller"

export default Module(SELLER_MODULE, {
  service: SellerModuleService,
})

export { SellerModuleService }
// The establishments' statuses, kinds, commerce modes and roles: what other plugins filter and display by.
export * from "../../lib/seller-status"
