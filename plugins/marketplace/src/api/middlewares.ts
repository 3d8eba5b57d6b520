import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSellerMiddlewares } from "./admin/sellers/middlewares"
import { storeCheckoutMiddlewares } from "./store/middlewares"
import { storeSellerMiddlewares } from "./store/sellers/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"

export default defineMiddlewares({
  routes: [...adminSellerMiddlewares, ...storeCheckoutMiddlewares, ...storeSellerMiddlewares, ...vendorMiddlewares],
})
