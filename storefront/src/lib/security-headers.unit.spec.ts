import { describe, expect, it } from "vitest"
import { baseSecurityHeaders, contentSecurityPolicy, permissionsPolicy } from "./security-headers"

const csp = (pathname: string, development = false) =>
  contentSecurityPolicy({ nonce: "abc123", pathname, backendUrl: "http://localhost:9000/", development })

describe("security headers", () => {
  it("runs only nonce'd scripts, frames nothing, and is framed by nothing", () => {
    const policy = csp("/lille")
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("frame-src 'none'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("img-src 'self' data: blob: http://localhost:9000 https://tile.openstreetmap.org")
    expect(policy).not.toContain("stripe")
    expect(policy).not.toContain("unsafe-eval")
  })

  it("allows Stripe's domains on the checkout page only", () => {
    const checkout = csp("/panier/validation")
    expect(checkout).toContain("https://js.stripe.com")
    expect(checkout).toContain("frame-src https://js.stripe.com https://hooks.stripe.com")
    expect(checkout).toContain("connect-src 'self' https://api.stripe.com")
    expect(csp("/panier")).not.toContain("stripe")
  })

  it("lets Next.js's development server evaluate code, and only it", () => {
    expect(csp("/", true)).toContain("'unsafe-eval'")
  })

  it("asks for the camera on the redemption page only, and sends HSTS only when asked", () => {
    expect(permissionsPolicy("/pro/bons-plans/valider")).toContain("camera=(self)")
    expect(permissionsPolicy("/pro")).toContain("camera=()")
    expect(baseSecurityHeaders("/", { hsts: false })).not.toHaveProperty("Strict-Transport-Security")
    expect(baseSecurityHeaders("/", { hsts: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/)
    expect(baseSecurityHeaders("/", { hsts: false })).toMatchObject({
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Content-Type-Options": "nosniff",
    })
  })
})
