import { nothing } from "@enjoy/kernel"
import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { authenticatePartner } from "./utils/partner-auth"
import { Beacon, CreatePartnerKey, DecideClaim, ImportQuery, OpenDataQuery, ProductImportQuery, ReportQuery, RequestClaim, StatsQuery, TagQuery } from "./validators"

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
    { method: ["GET", "POST"], matcher: "/commune/partner-keys*", middlewares: [authenticate("agent", ["session", "bearer"])] },
    { method: ["POST"], matcher: "/commune/partner-keys", middlewares: [validateAndTransformBody(CreatePartnerKey)] },
    { method: ["POST"], matcher: "/admin/partner-keys", middlewares: [validateAndTransformBody(CreatePartnerKey)] },
    { method: ["POST"], matcher: "/admin/partner-keys/:id/revoke", middlewares: [validateAndTransformBody(nothing())] },
    { method: ["POST"], matcher: "/commune/partner-keys/:id/revoke", middlewares: [validateAndTransformBody(nothing())] },
    {
      method: ["GET"],
      matcher: "/commune/report",
      middlewares: [authenticate("agent", ["session", "bearer"]), validateAndTransformQuery(ReportQuery, { isList: false })],
    },
    { method: ["GET"], matcher: "/admin/communes/:id/report", middlewares: [validateAndTransformQuery(ReportQuery, { isList: false })] },
    {
      // The file is read as a stream by the route, not parsed into memory first.
      method: ["POST"],
      matcher: "/commune/imports/establishments",
      bodyParser: false,
      middlewares: [authenticate("agent", ["session", "bearer"]), validateAndTransformQuery(ImportQuery, { isList: false })],
    },
    {
      method: ["POST"],
      matcher: "/commune/imports/products",
      bodyParser: false,
      middlewares: [authenticate("agent", ["session", "bearer"]), validateAndTransformQuery(ProductImportQuery, { isList: false })],
    },
    { method: ["GET"], matcher: "/commune/imports/products/template", middlewares: [authenticate("agent", ["session", "bearer"])] },
    {
      method: ["GET"],
      matcher: "/commune/imports/establishments/template",
      middlewares: [authenticate("agent", ["session", "bearer"])],
    },
    {
      method: ["POST"],
      matcher: "/admin/communes/:id/imports/establishments",
      bodyParser: false,
      middlewares: [validateAndTransformQuery(ImportQuery, { isList: false })],
    },
    { method: ["POST"], matcher: "/store/establishment-claims", middlewares: [validateAndTransformBody(RequestClaim)] },
    // The shopper's account as a whole (RGPD access and erasure) spans every plugin's data: it lives in the top one.
    { method: ["GET"], matcher: "/store/customers/me/export", middlewares: [authenticate("customer", ["session", "bearer"])] },
    {
      method: ["DELETE"],
      matcher: "/store/customers/me",
      middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(nothing(), { isList: false })],
    },
    { method: ["GET"], matcher: "/commune/claims", middlewares: [authenticate("agent", ["session", "bearer"])] },
    {
      method: ["POST"],
      matcher: "/commune/claims/:id/decision",
      middlewares: [authenticate("agent", ["session", "bearer"]), validateAndTransformBody(DecideClaim)],
    },
    { matcher: "/partner*", middlewares: [authenticatePartner] },
    {
      method: ["GET"],
      matcher: "/partner/communes/:slug/data/:resource",
      middlewares: [validateAndTransformQuery(OpenDataQuery, { isList: false })],
    },
    {
      method: ["GET"],
      matcher: "/partner/communes/:slug/statistics",
      middlewares: [validateAndTransformQuery(StatsQuery, { isList: false })],
    },
  ],
})
