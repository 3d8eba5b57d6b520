import { nothing } from "@enjoy/kernel"
import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  VendorAcceptInvite,
  VendorChangeCommerceMode,
  VendorCreateProduct,
  VendorImportOpeningHours,
  VendorListReservations,
  VendorMoveReservation,
  VendorArrangePhotos,
  VendorRemovePhoto,
  VendorUpdateProduct,
  VendorUpdateSeller,
} from "./validators"
import { uploadPhotos } from "./upload-photos"

const merchant = authenticate("merchant", ["session", "bearer"])

export const vendorMiddlewares: MiddlewareRoute[] = [
  {
    // A new identity has no merchant yet: accepting the invite creates it.
    method: ["POST"],
    matcher: "/vendor/invites/accept",
    middlewares: [
      authenticate("merchant", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(VendorAcceptInvite),
    ],
  },
  { method: ["GET"], matcher: "/vendor/me", middlewares: [merchant] },
  { method: ["GET"], matcher: "/vendor/sellers", middlewares: [merchant] },
  { method: ["GET"], matcher: "/vendor/sellers/:id", middlewares: [merchant] },
  {
    method: ["POST"],
    matcher: "/vendor/sellers/:id",
    middlewares: [merchant, validateAndTransformBody(VendorUpdateSeller)],
  },
  { method: ["GET"], matcher: "/vendor/sellers/:id/opening-hours", middlewares: [merchant] },
  {
    method: ["POST"],
    matcher: "/vendor/sellers/:id/opening-hours",
    middlewares: [merchant, validateAndTransformBody(VendorImportOpeningHours)],
  },
  { method: ["POST"], matcher: "/vendor/sellers/:id/submit", middlewares: [merchant, validateAndTransformBody(nothing())] },
  {
    method: ["POST"],
    matcher: "/vendor/sellers/:id/commerce-mode",
    middlewares: [merchant, validateAndTransformBody(VendorChangeCommerceMode)],
  },
  { method: ["GET"], matcher: "/vendor/sellers/:id/products", middlewares: [merchant] },
  { method: ["GET"], matcher: "/vendor/sellers/:id/orders", middlewares: [merchant] },
  {
    method: ["POST"],
    matcher: "/vendor/sellers/:id/products",
    middlewares: [merchant, validateAndTransformBody(VendorCreateProduct)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/sellers/:id/products/:product_id",
    middlewares: [merchant, validateAndTransformBody(VendorUpdateProduct)],
  },
  {
    method: ["GET"],
    matcher: "/vendor/sellers/:id/reservations",
    middlewares: [merchant, validateAndTransformQuery(VendorListReservations, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/sellers/:id/reservations/:reservation_id",
    middlewares: [merchant, validateAndTransformBody(VendorMoveReservation)],
  },
  { method: ["POST"], matcher: "/vendor/sellers/:id/photos", middlewares: [merchant, uploadPhotos] },
  {
    method: ["POST"],
    matcher: "/vendor/sellers/:id/photos/arrangement",
    middlewares: [merchant, validateAndTransformBody(VendorArrangePhotos)],
  },
  {
    method: ["DELETE"],
    matcher: "/vendor/sellers/:id/photos",
    middlewares: [merchant, validateAndTransformQuery(VendorRemovePhoto, {})],
  },
]
