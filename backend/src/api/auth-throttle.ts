import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible"

export type ThrottleOptions = {
  /** Failed attempts one account may take per window. */
  perAccount: number
  /** Failed attempts one client address may take per window (many people share an address). */
  perAddress: number
  windowSeconds: number
  /** Every failed sign-in answers after at least this long, so an unknown e-mail answers like a wrong password. */
  failureFloorMs: number
  /** Shared counters between processes; in memory without it. */
  redisUrl?: string
}

/** The account a request is about: the sign-in or registration e-mail, the reset request's identifier. */
function accountOf(req: MedusaRequest): string {
  const body = (req.body ?? {}) as { email?: unknown; identifier?: unknown }
  const account = typeof body.email === "string" ? body.email : typeof body.identifier === "string" ? body.identifier : ""
  return `${req.params.actor_type ?? ""}:${account.trim().toLowerCase().slice(0, 320)}`
}

/**
 * Slows password guessing on every /auth/<actor>/emailpass route (sign-in, registration, reset request):
 * past the limit of failures for an account or a client address, 429 with Retry-After until the window
 * ends. A reset request always counts (it always "succeeds", so as not to tell which e-mails exist).
 */
export function throttleSignIns(options: ThrottleOptions) {
  const limiter = (keyPrefix: string, points: number): RateLimiterAbstract => {
    const common = { keyPrefix, points, duration: options.windowSeconds }
    return options.redisUrl
      ? new RateLimiterRedis({
          ...common,
          storeClient: new Redis(options.redisUrl, { maxRetriesPerRequest: 1 }),
          // Redis unreachable: count in this process rather than answer 500 or stop counting.
          insuranceLimiter: new RateLimiterMemory(common),
        })
      : new RateLimiterMemory(common)
  }
  const byAccount = limiter("enjoy-auth-account", options.perAccount)
  const byAddress = limiter("enjoy-auth-address", options.perAddress)

  return async function throttle(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const startedAt = Date.now()
    const account = accountOf(req)
    const address = req.ip ?? "unknown"
    const [accountState, addressState] = await Promise.all([byAccount.get(account), byAddress.get(address)])
    const blocked = [
      accountState && accountState.consumedPoints >= options.perAccount ? accountState : null,
      addressState && addressState.consumedPoints >= options.perAddress ? addressState : null,
    ].filter((state) => state !== null)
    if (blocked.length) {
      const seconds = Math.max(1, Math.ceil(Math.max(...blocked.map((state) => state.msBeforeNext)) / 1000))
      res.set("Retry-After", String(seconds))
      return res.status(429).json({
        type: MedusaError.Types.NOT_ALLOWED,
        message: `Trop de tentatives : réessayez dans ${Math.ceil(seconds / 60)} min.`,
      })
    }

    const isResetRequest = req.originalUrl.split("?")[0].endsWith("/reset-password")
    res.on("finish", () => {
      if (isResetRequest || res.statusCode >= 400) {
        void Promise.all([byAccount.penalty(account, 1), byAddress.penalty(address, 1)]).catch(() => undefined)
      }
    })
    // A failed sign-in answers no sooner than the floor: the time taken no longer says whether the e-mail exists.
    const json = res.json.bind(res)
    res.json = ((body: unknown) => {
      const wait = options.failureFloorMs - (Date.now() - startedAt)
      if (res.statusCode === 401 && wait > 0) {
        setTimeout(() => json(body), wait)
        return res
      }
      return json(body)
    }) as typeof res.json
    next()
  }
}
