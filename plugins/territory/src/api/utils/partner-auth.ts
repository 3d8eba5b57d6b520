import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { parisDay } from "../../lib/aggregate"
import { hashApiKey } from "../../lib/api-key"
import { InProcessRateLimiter, RedisRateLimiter, type RateLimiter } from "../../lib/rate-limit"
import { territoryOptions } from "../../utils/plugin-options"
import { countKeyUsageWorkflow } from "../../workflows"

export type PartnerRequest = MedusaRequest & { partner?: { key_id: string; commune_ids: string[] } }

let limiter: RateLimiter | undefined

/** Redis when the backend has it (several servers share the counts), this process's memory otherwise. */
function rateLimiter(redisUrl: string | undefined): RateLimiter {
  limiter ??= redisUrl ? new RedisRateLimiter(new Redis(redisUrl, { maxRetriesPerRequest: 2 })) : new InProcessRateLimiter()
  return limiter
}

/**
 * The territory API's gate: a valid, unrevoked key in `x-api-key` (401
 * otherwise), within its rate (429 with Retry-After), counted per day.
 */
export function authenticatePartner(req: PartnerRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // Express 4 does not await middlewares: a refusal must reach the error handler through next().
  checkPartner(req, res, next).catch(next)
}

async function checkPartner(req: PartnerRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const given = req.get("x-api-key")
  if (!given) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "An API key is required (header x-api-key)")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [key],
  } = await query.graph({
    entity: "territory_partner_key",
    fields: ["id", "commune_ids", "rate_limit", "revoked_at"],
    filters: { key_hash: hashApiKey(given) },
  })
  if (!key || key.revoked_at) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This API key is unknown or revoked")
  }
  const { redisUrl } = territoryOptions(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  const decision = await rateLimiter(redisUrl).hit(key.id, key.rate_limit, 60_000)
  res.setHeader("RateLimit-Limit", String(key.rate_limit))
  res.setHeader("RateLimit-Remaining", String(decision.remaining))
  if (!decision.allowed) {
    res.setHeader("Retry-After", String(decision.retryAfterSeconds))
    res.status(429).json({ type: "too_many_requests", message: `Rate limit of ${key.rate_limit} requests per minute reached: retry in ${decision.retryAfterSeconds} s` })
    return
  }
  await countKeyUsageWorkflow(req.scope).run({ input: { key_id: key.id, day: parisDay(new Date()) } })
  req.partner = { key_id: key.id, commune_ids: key.commune_ids as string[] }
  next()
}
