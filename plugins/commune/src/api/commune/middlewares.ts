import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminGetCostSplitParams } from "../admin/communes/validators"
import { CommuneAcceptInvite, CommuneUpdateBranding } from "./validators"

export const communeAgentMiddlewares: MiddlewareRoute[] = [
  {
    // A freshly registered identity has no agent yet: accepting the invite creates it.
    method: ["POST"],
    matcher: "/commune/invites/accept",
    middlewares: [
      authenticate("agent", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(CommuneAcceptInvite),
    ],
  },
  {
    matcher: "/commune/me",
    middlewares: [authenticate("agent", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/commune/cost-split",
    middlewares: [authenticate("agent", ["session", "bearer"]), validateAndTransformQuery(AdminGetCostSplitParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/commune/communes/:id",
    middlewares: [authenticate("agent", ["session", "bearer"])],
  },
  {
    method: ["POST"],
    matcher: "/commune/communes/:id/branding",
    middlewares: [
      authenticate("agent", ["session", "bearer"]),
      validateAndTransformBody(CommuneUpdateBranding),
    ],
  },
]
