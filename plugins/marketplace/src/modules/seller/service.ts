import { MedusaService } from "@medusajs/framework/utils"
import { Merchant, MerchantInvite, OrderGroup, PickupReservation, Seller, SellerMember } from "./models"

export default class SellerModuleService extends MedusaService({
  Seller,
  Merchant,
  SellerMember,
  MerchantInvite,
  OrderGroup,
  PickupReservation,
}) {}
