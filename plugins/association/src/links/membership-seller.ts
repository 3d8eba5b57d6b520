import SellerModule from "@enjoy/marketplace/modules/seller"
import { defineLink } from "@medusajs/framework/utils"
import AssociationModule from "../modules/association"

/** A membership reads its establishment through its seller_id; no link table needed. */
export default defineLink(
  { linkable: AssociationModule.linkable.associationMembership, field: "seller_id" },
  SellerModule.linkable.seller,
  { readOnly: true }
)
