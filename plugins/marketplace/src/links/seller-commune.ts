import CommuneModule from "@enjoy/commune/modules/commune"
import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "../modules/seller"

/** Every establishment belongs to exactly one commune; a commune has many. */
export default defineLink(
  { linkable: SellerModule.linkable.seller, isList: true },
  CommuneModule.linkable.commune
)
