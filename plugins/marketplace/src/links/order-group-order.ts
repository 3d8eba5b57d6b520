import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "../modules/seller"

/** The orders one checkout produced, one per establishment. */
export default defineLink(SellerModule.linkable.orderGroup, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
