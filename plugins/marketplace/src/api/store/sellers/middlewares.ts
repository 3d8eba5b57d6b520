import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { PUBLIC_SELLER_FIELDS } from "../../utils/seller-fields"
import { StoreGetSellerParams, StoreGetSellersParams } from "./validators"

export const storeSellerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/sellers",
    middlewares: [validateAndTransformQuery(StoreGetSellersParams, { isList: true })],
  },
  {
    method: ["GET"],
    matcher: "/store/sellers/:handle",
    middlewares: [
      validateAndTransformQuery(StoreGetSellerParams, {
        defaults: PUBLIC_SELLER_FIELDS,
        allowed: PUBLIC_SELLER_FIELDS,
        isList: false,
      }),
    ],
  },
]
