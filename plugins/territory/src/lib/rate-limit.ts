import type Redis from "ioredis"

export type RateDecision = { allowed: boolean; remaining: number; retryAfterSeconds: number }

/** A fixed-window limiter: at most `limit` hits per key in each window. */
export interface RateLimiter {
  hit(key: string, limit: number, windowMs: number): Promise<RateDecision>
}

const decide = (count: number, limit: number, msLeft: number): RateDecision => ({
  allowed: count <= limit,
  remaining: Math.max(0, limit - count),
  retryAfterSeconds: count <= limit ? 0 : Math.max(1, Math.ceil(msLeft / 1000)),
})

/** One server's memory: right for a single process (the demo); several servers need Redis. */
export class InProcessRateLimiter implements RateLimiter {
  private windows = new Map<string, { count: number; resetsAt: number }>()

  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    const now = this.now()
    let window = this.windows.get(key)
    if (!window || window.resetsAt <= now) {
      window = { count: 0, resetsAt: now + windowMs }
      this.windows.set(key, window)
      if (this.windows.size > 10_000) {
        for (const [k, w] of this.windows) if (w.resetsAt <= now) this.windows.delete(k)
      }
    }
    window.count += 1
    return decide(window.count, limit, window.resetsAt - now)
  }
}

/** Shared by every server through Redis: INCR on a key that expires with the window. */
export class RedisRateLimiter implements RateLimiter {
  constructor(private readonly redis: Pick<Redis, "multi">) {}

  async hit(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    const results = await this.redis.multi().incr(`enjoy:rate:${key}`).pexpire(`enjoy:rate:${key}`, windowMs, "NX").pttl(`enjoy:rate:${key}`).exec()
    const count = Number(results?.[0]?.[1] ?? 0)
    const msLeft = Number(results?.[2]?.[1] ?? windowMs)
    return decide(count, limit, msLeft > 0 ? msLeft : windowMs)
  }
}
