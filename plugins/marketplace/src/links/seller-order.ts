import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "../modules/seller"

/** The orders an establishment has to prepare; an establishment has many. */
export default defineLink(SellerModule.linkable.seller, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
