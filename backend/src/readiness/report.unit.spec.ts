import { describe, expect, it } from "vitest"
import { hideSecrets, readinessReport, timedCheck } from "./report"

describe("readiness", () => {
  it("is ready unless a configured dependency is degraded", () => {
    expect(readinessReport({ database: { status: "ok" }, redis: { status: "off" } }).status).toBe("ready")
    expect(readinessReport({ database: { status: "ok" }, smtp: { status: "degraded", detail: "ECONNREFUSED" } }).status).toBe("degraded")
  })

  it("turns a failure or a silence into a degraded check, with no credentials in its reason", async () => {
    expect(await timedCheck(async () => ({ status: "ok" }))).toEqual({ status: "ok" })
    expect(await timedCheck(() => Promise.reject(new Error("connect smtp://enjoy:s3cret@mail.test:587 refused")))).toEqual({
      status: "degraded",
      detail: "connect smtp://…@mail.test:587 refused",
    })
    expect(await timedCheck(() => new Promise(() => {}), 20)).toEqual({ status: "degraded", detail: "pas de réponse en 20 ms" })
    expect(hideSecrets("redis://:motdepasse@cache:6379/0")).toBe("redis://…@cache:6379/0")
  })
})
