import { defineMiddlewares } from "@medusajs/framework/http"
import { frenchFieldErrors } from "@enjoy/kernel"
import { parseEnv } from "../env"
import { throttleSignIns } from "./auth-throttle"
import { enjoyErrorHandler } from "./error-handler"
import { refuseHostileInput } from "./hostile-input"
import { pathParamGuards } from "./path-params"

const env = parseEnv(process.env)

// zod's own messages (those our blocks do not set) name their field, in French.
frenchFieldErrors()

const throttle = throttleSignIns({
  perAccount: env.AUTH_MAX_FAILURES_PER_ACCOUNT,
  perAddress: env.AUTH_MAX_FAILURES_PER_ADDRESS,
  windowSeconds: env.AUTH_WINDOW_SECONDS,
  failureFloorMs: 400,
  redisUrl: env.REDIS_URL,
})

/**
 * What holds for every route, Medusa's and our plugins' alike: hostile input refused before any route
 * runs, password guessing slowed, and malformed requests answered 400 instead of 500.
 */
export default defineMiddlewares({
  errorHandler: enjoyErrorHandler,
  routes: [
    { matcher: "/*", middlewares: [refuseHostileInput] },
    ...pathParamGuards(["@enjoy/commune", "@enjoy/marketplace", "@enjoy/association", "@enjoy/deals", "@enjoy/territory"]),
    {
      methods: ["POST"],
      matcher: "/auth/:actor_type/emailpass",
      middlewares: [throttle],
    },
    { methods: ["POST"], matcher: "/auth/:actor_type/emailpass/register", middlewares: [throttle] },
    { methods: ["POST"], matcher: "/auth/:actor_type/emailpass/reset-password", middlewares: [throttle] },
  ],
})
