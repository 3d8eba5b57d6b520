import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { Beacon, OpenDataQuery, StatsQuery, TagQuery } from "./validators"

export default defineMiddlewares({
  routes: [
    {
      method: ["GET"],
      matcher: "/opendata/communes/:slug/:resource",
      middlewares: [validateAndTransformQuery(OpenDataQuery, { isList: false })],
    },
    { method: ["POST"], matcher: "/store/beacon", middlewares: [validateAndTransformBody(Beacon)] },
    {
      method: ["GET"],
      matcher: "/vendor/sellers/:id/tag",
      middlewares: [authenticate("merchant", ["session", "bearer"]), validateAndTransformQuery(TagQuery, { isList: false })],
    },
    {
      method: ["GET"],
      matcher: "/vendor/sellers/:id/stats",
      middlewares: [authenticate("merchant", ["session", "bearer"]), validateAndTransformQuery(StatsQuery, { isList: false })],
    },
    {
      method: ["GET"],
      matcher: "/commune/stats",
      middlewares: [authenticate("agent", ["session", "bearer"]), validateAndTransformQuery(StatsQuery, { isList: false })],
    },
  ],
})
