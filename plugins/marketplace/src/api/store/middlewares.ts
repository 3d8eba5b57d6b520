import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StorePrepareOnlinePayment } from "./validators"

export const storeCheckoutMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/carts/:id/online-payment",
    middlewares: [validateAndTransformBody(StorePrepareOnlinePayment)],
  },
]
