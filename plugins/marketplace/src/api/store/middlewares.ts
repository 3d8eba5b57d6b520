import {
  authenticate,
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { PUBLIC_SELLER_FIELDS } from "../utils/seller-fields"
import { StoreEmptyBody, StorePrepareOnlinePayment } from "./validators"

/** What every store product response says of its establishment unless the client asks for other seller fields. */
const SELLER_SUMMARY = ["id", "name", "handle", "kind", "commerce_mode", "commune.slug"].map((f) => `+seller.${f}`)

/**
 * Medusa's store product routes only return allowed fields: products carry
 * a summary of the establishment selling them, and a client may ask for any
 * public field of it (`?fields=+seller.description`); private ones stay out.
 */
function withSellerFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  ;(req.allowed ??= []).push(...PUBLIC_SELLER_FIELDS.map((field) => `seller.${field}`))
  const fields = typeof req.query.fields === "string" ? req.query.fields : ""
  if (!fields.includes("seller")) {
    req.query.fields = [fields, ...SELLER_SUMMARY].filter(Boolean).join(",")
  }
  next()
}

export const storeCheckoutMiddlewares: MiddlewareRoute[] = [
  // A global middleware (no method): the only kind that runs before Medusa's own query validation.
  { matcher: "/store/products*", middlewares: [withSellerFields] },
  { method: ["POST"], matcher: "/store/carts/:id/checkout", middlewares: [validateAndTransformBody(StoreEmptyBody)] },
  {
    method: ["POST"],
    matcher: "/store/order-groups/:id/reservations/:reservation_id/cancel",
    middlewares: [validateAndTransformBody(StoreEmptyBody)],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/order-groups",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/online-payment",
    middlewares: [validateAndTransformBody(StorePrepareOnlinePayment)],
  },
]
