import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreDiscover, StoreDiscoverSuggest } from "./validators"

export const discoverMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/discover", middlewares: [validateAndTransformQuery(StoreDiscover, {})] },
  { method: ["GET"], matcher: "/store/discover/suggest", middlewares: [validateAndTransformQuery(StoreDiscoverSuggest, {})] },
]
