import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "../modules/seller"

/** A reservation reads its order (items, totals) through its order_id; no link table needed. */
export default defineLink(
  { linkable: SellerModule.linkable.pickupReservation, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
