import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSellerMiddlewares } from "./admin/sellers/middlewares"
import { hookMiddlewares } from "./hooks/middlewares"
import { storeCheckoutMiddlewares } from "./store/middlewares"
import { storeSellerMiddlewares } from "./store/sellers/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminSellerMiddlewares,
    ...hookMiddlewares,
    ...storeCheckoutMiddlewares,
    ...storeSellerMiddlewares,
    ...vendorMiddlewares,
  ],
})
