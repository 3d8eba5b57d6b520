import StockLocationModule from "@medusajs/medusa/stock-location"
import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "../modules/seller"

/** Each establishment keeps its stock in a location of its own. */
export default defineLink(SellerModule.linkable.seller, StockLocationModule.linkable.stockLocation)
