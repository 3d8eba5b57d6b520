import SellerModule from "@enjoy/marketplace/modules/seller"
import { defineLink } from "@medusajs/framework/utils"
import DealsModule from "../modules/deals"

/** An event held by an establishment reads it (name, address, kind) by its seller_id. */
export default defineLink(
  { linkable: DealsModule.linkable.agendaEvent, field: "seller_id" },
  SellerModule.linkable.seller,
  { readOnly: true }
)
