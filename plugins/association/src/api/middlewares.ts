import { VendorUpdateSeller } from "@enjoy/marketplace/vendor"
import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AcceptModeratorInvite,
  AdminCreateAssociation,
  DecideCase,
  InviteMember,
  InviteModerator,
  ListCases,
  MerchantMembership,
  OnBehalfProduct,
  OnBehalfProductUpdate,
} from "./validators"

// Moderators, commune agents and the operator share /association/*; each route narrows to its scope.
const overseer = authenticate(["moderator", "agent", "user"], ["session", "bearer"])
const merchant = authenticate("merchant", ["session", "bearer"])

export default defineMiddlewares({
  routes: [
    { method: ["POST"], matcher: "/admin/associations", middlewares: [validateAndTransformBody(AdminCreateAssociation)] },
    {
      method: ["POST"],
      matcher: "/admin/associations/:id/moderator-invites",
      middlewares: [validateAndTransformBody(InviteModerator)],
    },
    {
      method: ["POST"],
      matcher: "/association/invites/accept",
      middlewares: [
        authenticate("moderator", ["bearer"], { allowUnregistered: true }),
        validateAndTransformBody(AcceptModeratorInvite),
      ],
    },
    { method: ["GET"], matcher: "/association/me", middlewares: [overseer] },
    { method: ["GET"], matcher: "/association/associations/:id/members", middlewares: [overseer] },
    {
      method: ["POST"],
      matcher: "/association/associations/:id/members",
      middlewares: [overseer, validateAndTransformBody(InviteMember)],
    },
    { method: ["DELETE"], matcher: "/association/associations/:id/members/:seller_id", middlewares: [overseer] },
    {
      method: ["POST"],
      matcher: "/association/associations/:id/moderator-invites",
      middlewares: [overseer, validateAndTransformBody(InviteModerator)],
    },
    { method: ["GET"], matcher: "/association/cases", middlewares: [overseer, validateAndTransformQuery(ListCases, {})] },
    { method: ["GET"], matcher: "/association/cases/:id", middlewares: [overseer] },
    {
      method: ["POST"],
      matcher: "/association/cases/:id/decision",
      middlewares: [overseer, validateAndTransformBody(DecideCase)],
    },
    { method: ["GET"], matcher: "/association/sellers", middlewares: [overseer] },
    { method: ["GET"], matcher: "/association/sellers/:id", middlewares: [overseer] },
    {
      method: ["POST"],
      matcher: "/association/sellers/:id",
      middlewares: [overseer, validateAndTransformBody(VendorUpdateSeller)],
    },
    {
      method: ["POST"],
      matcher: "/association/sellers/:id/products",
      middlewares: [overseer, validateAndTransformBody(OnBehalfProduct)],
    },
    {
      method: ["POST"],
      matcher: "/association/sellers/:id/products/:product_id",
      middlewares: [overseer, validateAndTransformBody(OnBehalfProductUpdate)],
    },
    { method: ["GET"], matcher: "/association/audit", middlewares: [overseer] },
    { method: ["GET"], matcher: "/vendor/sellers/:id/memberships", middlewares: [merchant] },
    {
      method: ["POST"],
      matcher: "/vendor/sellers/:id/memberships/:association_id",
      middlewares: [merchant, validateAndTransformBody(MerchantMembership)],
    },
    { method: ["GET"], matcher: "/vendor/sellers/:id/moderation", middlewares: [merchant] },
  ],
})
