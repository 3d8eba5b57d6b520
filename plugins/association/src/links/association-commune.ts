import CommuneModule from "@enjoy/commune/modules/commune"
import { defineLink } from "@medusajs/framework/utils"
import AssociationModule from "../modules/association"

/** The communes an association serves; a commune may have several associations. */
export default defineLink(
  { linkable: AssociationModule.linkable.association, isList: true },
  { linkable: CommuneModule.linkable.commune, isList: true }
)
