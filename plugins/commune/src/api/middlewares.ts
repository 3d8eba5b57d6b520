import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCommuneMiddlewares } from "./admin/communes/middlewares"
import { communeAgentMiddlewares } from "./commune/middlewares"
import { storeCommuneMiddlewares } from "./store/communes/middlewares"

export default defineMiddlewares({
  routes: [...adminCommuneMiddlewares, ...storeCommuneMiddlewares, ...communeAgentMiddlewares],
})
