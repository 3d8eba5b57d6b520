import { z } from "@medusajs/framework/zod"
import { email, page, text } from "@enjoy/kernel"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { MEMBER_ROLES, SELLER_KINDS, SELLER_STATUSES } from "../../../lib/seller-status"
import { sellerProfileShape } from "../../utils/seller-profile"

export const AdminCreateSeller = z
  .object({ ...sellerProfileShape, commune_id: text({ min: 1, max: 100 }) })
  .strict()
export type AdminCreateSellerType = z.infer<typeof AdminCreateSeller>

export const AdminUpdateSeller = z.object(sellerProfileShape).partial().strict()
export type AdminUpdateSellerType = z.infer<typeof AdminUpdateSeller>

export const AdminChangeSellerStatus = z.object({ status: z.enum(SELLER_STATUSES) }).strict()
export type AdminChangeSellerStatusType = z.infer<typeof AdminChangeSellerStatus>

export const AdminGetSellersParams = createFindParams({ limit: 50, offset: 0 }).extend({
  ...page({ limit: 50, max: 500 }),
  q: text({ max: 120 }).optional(),
  status: z.enum(SELLER_STATUSES).optional(),
  kind: z.enum(SELLER_KINDS).optional(),
})

export const AdminGetSellerParams = createSelectParams()

export const AdminInviteMerchant = z
  .object({
    email: email(),
    role: z.enum(MEMBER_ROLES).default("owner"),
  })
  .strict()
export type AdminInviteMerchantType = z.infer<typeof AdminInviteMerchant>
