export { Merchant } from "./merchant"
export { MerchantInvite } from "./merchant-invite"
export { Seller } from "./seller"
export { SellerMember } from "./seller-member"
