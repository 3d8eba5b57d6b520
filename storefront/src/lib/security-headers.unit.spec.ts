import { describe, expect, it } from "vitest"
import { baseSecurityHeaders, contentSecurityPolicy, isPerVisitorPage, pagePath, permissionsPolicy } from "./security-headers"

const csp = (pathname: string, development = false) =>
  contentSecurityPolicy({ nonce: isPerVisitorPage(pathname) ? "abc123" : null, pathname, backendUrl: "http://localhost:9000/", development })

describe("security headers", () => {
  it("tells per-visitor pages from cached public ones, in both languages", () => {
    expect(pagePath("/en/pro/connexion")).toBe("/pro/connexion")
    expect(pagePath("/en")).toBe("/")
    expect(pagePath("/entreprises")).toBe("/entreprises")
    expect(["/panier", "/en/panier/validation", "/pro", "/compte/donnees", "/recherche"].map(isPerVisitorPage)).toEqual([true, true, true, true, true])
    expect(["/", "/en", "/lille", "/en/lille/etablissements/x", "/mentions-legales", "/profil", "/procedures"].map(isPerVisitorPage)).toEqual([false, false, false, false, false, false, false])
  })

  it("on cached public pages, runs scripts of this origin and Next.js's inline bootstrap only", () => {
    const policy = csp("/lille")
    expect(policy).toContain("script-src 'self' 'unsafe-inline';")
    expect(policy).not.toContain("nonce")
    expect(policy).toContain("frame-ancestors 'none'")
  })

  it("runs only nonce'd scripts on per-visitor pages, frames nothing, and is framed by nothing", () => {
    const policy = csp("/pro")
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("frame-src 'none'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("img-src 'self' data: blob: http://localhost:9000 https://tile.openstreetmap.org")
    expect(policy).not.toContain("stripe")
    expect(policy).not.toContain("unsafe-eval")
  })

  it("shows photos from the bucket when they are kept on object storage", () => {
    const policy = contentSecurityPolicy({ nonce: null, pathname: "/lille", backendUrl: "http://localhost:9000", photosUrl: "https://photos.enjoy-mel.fr/vitrines", development: false })
    expect(policy).toContain("img-src 'self' data: blob: http://localhost:9000 https://photos.enjoy-mel.fr https://tile.openstreetmap.org")
  })

  it("allows Stripe's domains on the checkout page only", () => {
    const checkout = csp("/panier/validation")
    expect(csp("/en/panier/validation")).toContain("https://js.stripe.com")
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
