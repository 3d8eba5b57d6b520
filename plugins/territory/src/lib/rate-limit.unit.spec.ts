import Redis from "ioredis"
import { afterAll, describe, expect, it } from "vitest"
import { InProcessRateLimiter, RedisRateLimiter } from "./rate-limit"

describe("in-process rate limiter", () => {
  it("allows the limit, then refuses with the seconds left, then opens a new window", async () => {
    let now = 1_000_000
    const limiter = new InProcessRateLimiter(() => now)
    for (let i = 0; i < 3; i++) {
      expect((await limiter.hit("key", 3, 60_000)).allowed).toBe(true)
    }
    now += 20_000
    expect(await limiter.hit("key", 3, 60_000)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 40 })
    expect((await limiter.hit("other", 3, 60_000)).allowed).toBe(true)
    now += 40_000
    expect(await limiter.hit("key", 3, 60_000)).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 0 })
  })
})

// Real Redis, the one CI starts (redis://127.0.0.1:6379); the limiter shared by several servers.
describe("Redis rate limiter", () => {
  const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { lazyConnect: true, maxRetriesPerRequest: 1 })
  afterAll(() => redis.quit())

  it("counts across calls and says when to retry", async () => {
    const limiter = new RedisRateLimiter(redis)
    const key = `test-${Date.now()}-${Math.random()}`
    expect((await limiter.hit(key, 2, 60_000)).allowed).toBe(true)
    expect((await limiter.hit(key, 2, 60_000)).remaining).toBe(0)
    const refused = await limiter.hit(key, 2, 60_000)
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfterSeconds).toBeGreaterThan(50)
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60)
    await redis.del(`enjoy:rate:${key}`)
  })
})
