import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ADMIN_SELLER_FIELDS } from "../../utils/seller-fields"
import {
  AdminChangeSellerStatus,
  AdminCreateSeller,
  AdminGetSellerParams,
  AdminGetSellersParams,
  AdminInviteMerchant,
  AdminUpdateSeller,
} from "./validators"

const retrieveConfig = { defaults: ADMIN_SELLER_FIELDS, isList: false }
const retrieve = validateAndTransformQuery(AdminGetSellerParams, retrieveConfig)

// /admin/* routes are authenticated as `user` (the operator) by Medusa itself.
export const adminSellerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/sellers",
    middlewares: [
      validateAndTransformQuery(AdminGetSellersParams, { defaults: ADMIN_SELLER_FIELDS, isList: true }),
    ],
  },
  { method: ["POST"], matcher: "/admin/sellers", middlewares: [validateAndTransformBody(AdminCreateSeller), retrieve] },
  { method: ["GET"], matcher: "/admin/sellers/:id", middlewares: [retrieve] },
  { method: ["POST"], matcher: "/admin/sellers/:id", middlewares: [validateAndTransformBody(AdminUpdateSeller), retrieve] },
  {
    method: ["POST"],
    matcher: "/admin/sellers/:id/status",
    middlewares: [validateAndTransformBody(AdminChangeSellerStatus), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/sellers/:id/merchant-invites",
    middlewares: [validateAndTransformBody(AdminInviteMerchant)],
  },
]
