import SellerModule from "@enjoy/marketplace/modules/seller"
import { defineLink } from "@medusajs/framework/utils"
import AssociationModule from "../modules/association"

/** A case reads its establishment (name, merchants) through its seller_id; no link table needed. */
export default defineLink(
  { linkable: AssociationModule.linkable.moderationCase, field: "seller_id" },
  SellerModule.linkable.seller,
  { readOnly: true }
)
