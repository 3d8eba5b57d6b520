import type { MiddlewareRoute } from "@medusajs/framework/http"

export const hookMiddlewares: MiddlewareRoute[] = [
  // Stripe signs the exact bytes it sent: keep them for the signature check.
  { method: ["POST"], matcher: "/hooks/stripe", bodyParser: { preserveRawBody: true } },
]
