import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetCommuneParams, StoreGetCommunesParams, storeCommuneQueryConfig } from "./validators"

export const storeCommuneMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/communes",
    middlewares: [validateAndTransformQuery(StoreGetCommunesParams, storeCommuneQueryConfig.list)],
  },
  {
    method: ["GET"],
    matcher: "/store/communes/:slug",
    middlewares: [validateAndTransformQuery(StoreGetCommuneParams, storeCommuneQueryConfig.retrieve)],
  },
]
