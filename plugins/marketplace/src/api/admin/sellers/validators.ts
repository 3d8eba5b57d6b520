import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { MEMBER_ROLES, SELLER_KINDS, SELLER_STATUSES } from "../../../lib/seller-status"
import { sellerProfileShape } from "../../utils/seller-profile"

export const AdminCreateSeller = z
  .object({ ...sellerProfileShape, commune_id: z.string().min(1) })
  .strict()
export type AdminCreateSellerType = z.infer<typeof AdminCreateSeller>

export const AdminUpdateSeller = z.object(sellerProfileShape).partial().strict()
export type AdminUpdateSellerType = z.infer<typeof AdminUpdateSeller>

export const AdminChangeSellerStatus = z.object({ status: z.enum(SELLER_STATUSES) }).strict()
export type AdminChangeSellerStatusType = z.infer<typeof AdminChangeSellerStatus>

export const AdminGetSellersParams = createFindParams({ limit: 50, offset: 0 }).extend({
  q: z.string().optional(),
  status: z.enum(SELLER_STATUSES).optional(),
  kind: z.enum(SELLER_KINDS).optional(),
})

export const AdminGetSellerParams = createSelectParams()

export const AdminInviteMerchant = z
  .object({
    email: z.string().email("Field 'email' must be an email address"),
    role: z.enum(MEMBER_ROLES).default("owner"),
  })
  .strict()
export type AdminInviteMerchantType = z.infer<typeof AdminInviteMerchant>
