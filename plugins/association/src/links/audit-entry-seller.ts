import SellerModule from "@enjoy/marketplace/modules/seller"
import { defineLink } from "@medusajs/framework/utils"
import AssociationModule from "../modules/association"

/** An audit entry names the establishment it concerns through its seller_id; no link table needed. */
export default defineLink(
  { linkable: AssociationModule.linkable.associationAuditEntry, field: "seller_id" },
  SellerModule.linkable.seller,
  { readOnly: true }
)
