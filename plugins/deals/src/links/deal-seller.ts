import SellerModule from "@enjoy/marketplace/modules/seller"
import { defineLink } from "@medusajs/framework/utils"
import DealsModule from "../modules/deals"

/** A deal reads its establishment (and through it the commune) by its seller_id; no link table needed. */
export default defineLink(
  { linkable: DealsModule.linkable.deal, field: "seller_id" },
  SellerModule.linkable.seller,
  { readOnly: true }
)
