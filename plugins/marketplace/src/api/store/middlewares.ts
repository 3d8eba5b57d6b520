import {
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { PUBLIC_SELLER_FIELDS } from "../utils/seller-fields"
import { StoreEmptyBody, StorePrepareOnlinePayment } from "./validators"

/**
 * Medusa's store product routes only return allowed fields: let them carry
 * the public fields of the establishment selling the product
 * (`?fields=+seller.name,+seller.handle` or any of PUBLIC_SELLER_FIELDS).
 */
function allowPublicSellerFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  ;(req.allowed ??= []).push(...PUBLIC_SELLER_FIELDS.map((field) => `seller.${field}`))
  next()
}

export const storeCheckoutMiddlewares: MiddlewareRoute[] = [
  // A global middleware (no method): the only kind that runs before Medusa's own query validation.
  { matcher: "/store/products*", middlewares: [allowPublicSellerFields] },
  { method: ["POST"], matcher: "/store/carts/:id/checkout", middlewares: [validateAndTransformBody(StoreEmptyBody)] },
  {
    method: ["POST"],
    matcher: "/store/order-groups/:id/reservations/:reservation_id/cancel",
    middlewares: [validateAndTransformBody(StoreEmptyBody)],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/online-payment",
    middlewares: [validateAndTransformBody(StorePrepareOnlinePayment)],
  },
]
