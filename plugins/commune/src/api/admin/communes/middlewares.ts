import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { nothing } from "@enjoy/kernel"
import { adminCommuneQueryConfig } from "./query-config"
import {
  AdminCreateCommune,
  AdminGetCommuneParams,
  AdminGetCommunesParams,
  AdminGetCostSplitParams,
  AdminInviteAgent,
  AdminUpdateCommune,
} from "./validators"

const retrieve = validateAndTransformQuery(AdminGetCommuneParams, adminCommuneQueryConfig.retrieve)

// /admin/* routes are authenticated as `user` (the operator) by Medusa itself.
export const adminCommuneMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/communes",
    middlewares: [validateAndTransformQuery(AdminGetCommunesParams, adminCommuneQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/communes",
    middlewares: [validateAndTransformBody(AdminCreateCommune), retrieve],
  },
  {
    method: ["GET"],
    matcher: "/admin/communes/cost-split",
    middlewares: [validateAndTransformQuery(AdminGetCostSplitParams, { isList: false })],
  },
  { method: ["GET", "DELETE"], matcher: "/admin/communes/:id", middlewares: [retrieve] },
  {
    method: ["POST"],
    matcher: "/admin/communes/:id",
    middlewares: [validateAndTransformBody(AdminUpdateCommune), retrieve],
  },
  ...["suspend", "end", "reactivate"].map(
    (action): MiddlewareRoute => ({
      method: ["POST"],
      matcher: `/admin/communes/:id/${action}`,
      middlewares: [validateAndTransformBody(nothing()), retrieve],
    })
  ),
  {
    method: ["POST"],
    matcher: "/admin/communes/:id/agent-invites",
    middlewares: [validateAndTransformBody(AdminInviteAgent)],
  },
]
