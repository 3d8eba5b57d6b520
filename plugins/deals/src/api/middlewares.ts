import { nothing } from "@enjoy/kernel"
import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  CreateEvent,
  StoreClaimDeal,
  StoreListDeals,
  StoreListEvents,
  StoreListSites,
  VendorCreateDeal,
  VendorRedeem,
  VendorUpdateDeal,
} from "./validators"
import { discoverMiddlewares } from "./store/discover/middlewares"

const merchant = authenticate("merchant", ["session", "bearer"])

export default defineMiddlewares({
  routes: [
    ...discoverMiddlewares,
    { method: ["GET"], matcher: "/vendor/sellers/:id/deals", middlewares: [merchant] },
    { method: ["POST"], matcher: "/vendor/sellers/:id/deals", middlewares: [merchant, validateAndTransformBody(VendorCreateDeal)] },
    {
      method: ["POST"],
      matcher: "/vendor/sellers/:id/deals/:deal_id",
      middlewares: [merchant, validateAndTransformBody(VendorUpdateDeal)],
    },
    { method: ["POST"], matcher: "/vendor/sellers/:id/deals/:deal_id/submit", middlewares: [merchant, validateAndTransformBody(nothing())] },
    { method: ["POST"], matcher: "/vendor/deals/redeem", middlewares: [merchant, validateAndTransformBody(VendorRedeem)] },
    { method: ["GET"], matcher: "/vendor/sellers/:id/events", middlewares: [merchant] },
    { method: ["POST"], matcher: "/vendor/sellers/:id/events", middlewares: [merchant, validateAndTransformBody(CreateEvent)] },
    {
      method: ["POST"],
      matcher: "/vendor/sellers/:id/events/:event_id",
      middlewares: [merchant, validateAndTransformBody(CreateEvent)],
    },
    { method: ["POST"], matcher: "/vendor/sellers/:id/events/:event_id/submit", middlewares: [merchant, validateAndTransformBody(nothing())] },
    {
      method: ["POST"],
      matcher: "/commune/events",
      middlewares: [authenticate("agent", ["session", "bearer"]), validateAndTransformBody(CreateEvent)],
    },
    { method: ["GET"], matcher: "/store/events", middlewares: [validateAndTransformQuery(StoreListEvents, {})] },
    { method: ["GET"], matcher: "/store/cultural-sites", middlewares: [validateAndTransformQuery(StoreListSites, {})] },
    { method: ["GET"], matcher: "/store/deals", middlewares: [validateAndTransformQuery(StoreListDeals, {})] },
    {
      method: ["POST"],
      matcher: "/store/deals/:id/claim",
      middlewares: [
        authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
        validateAndTransformBody(StoreClaimDeal),
      ],
    },
    {
      method: ["GET"],
      matcher: "/store/customers/me/deal-claims",
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
  ],
})
