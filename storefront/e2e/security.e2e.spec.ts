import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { stopAll, waitForHttp } from "../../scripts/lib/processes.mjs"
import { serveStorefront } from "../../scripts/lib/build.mjs"
import { frenchPagePerTest } from "./page"
import { E2E_BACKEND_PORT, STOREFRONT_URL } from "./servers"

/** A second storefront on the same build, with a Stripe publishable key (a test value: Stripe is unreachable here). */
const STRIPE_STOREFRONT_PORT = 8102
const STRIPE_STOREFRONT = `http://localhost:${STRIPE_STOREFRONT_PORT}`

describe("security headers and the content security policy", () => {
  const page = frenchPagePerTest()

  beforeAll(async () => {
    serveStorefront("e2e-storefront-stripe", STRIPE_STOREFRONT_PORT, {
      MEDUSA_BACKEND_URL: `http://localhost:${E2E_BACKEND_PORT}`,
      STOREFRONT_URL: STRIPE_STOREFRONT,
      MEDUSA_PUBLISHABLE_KEY: process.env.E2E_PUBLISHABLE_KEY ?? "",
      STRIPE_PUBLISHABLE_KEY: "pk_test_enjoyE2eNotAKey",
    })
    await waitForHttp(`${STRIPE_STOREFRONT}/mentions-legales`)
  })
  afterAll(() => stopAll())

  it("sends a CSP without a nonce on cached public pages, and pairs every page with its other language", async () => {
    const res = await fetch(`${STOREFRONT_URL}/en/lille`)
    const csp = res.headers.get("content-security-policy") ?? ""
    expect(csp).toContain("script-src 'self' 'unsafe-inline';")
    expect(csp).not.toContain("nonce")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers.get("x-frame-options")).toBe("DENY")
    expect(res.headers.get("link")).toContain(`<${STOREFRONT_URL}/lille>; rel="alternate"; hreflang="fr"`)
    const cart = await fetch(`${STOREFRONT_URL}/panier`)
    expect(cart.headers.get("link")).toContain(`<${STOREFRONT_URL}/en/panier>; rel="alternate"; hreflang="en"`)
  })

  it("sends a nonce-based CSP, no framing, a referrer policy, permissions and nosniff on per-visitor pages", async () => {
    const res = await fetch(`${STOREFRONT_URL}/panier`)
    const csp = res.headers.get("content-security-policy") ?? ""
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toContain("stripe")
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
    expect(res.headers.get("x-content-type-options")).toBe("nosniff")
    expect(res.headers.get("x-frame-options")).toBe("DENY")
    expect(res.headers.get("permissions-policy")).toContain("camera=()")
    // Each response has its own nonce, stamped on the page's scripts.
    const html = await res.text()
    const nonce = csp.match(/'nonce-([^']+)'/)![1]
    expect(html).toContain(`nonce="${nonce}"`)
    const again = (await fetch(`${STOREFRONT_URL}/panier`)).headers.get("content-security-policy")
    expect(again).not.toBe(csp)
    expect((await fetch(`${STOREFRONT_URL}/pro/bons-plans/valider`, { redirect: "manual" })).headers.get("permissions-policy")).toContain(
      "camera=(self)"
    )
  })

  it("runs the pages' own scripts under the policy, with no violation reported", async () => {
    const p = page()
    await p.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
    })
    for (const route of ["/", "/en/lille", "/lille/etablissements/boulangerie-du-vieux-lille", "/panier", "/recherche?q=boulangerie", "/pro/connexion"]) {
      await p.goto(`${STOREFRONT_URL}${route}`)
      await p.waitForLoadState("networkidle")
      // Hydrated: React attached its handlers, which only a script that ran can do.
      expect([route, await p.evaluate(() => Object.keys(document).some((k) => k.startsWith("_reactListening")))]).toEqual([route, true])
      expect([route, await p.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)]).toEqual([route, []])
    }
  })

  it("allows Stripe's domains on the checkout page only, when a Stripe key is set", async () => {
    const checkout = await fetch(`${STRIPE_STOREFRONT}/panier/validation`, { redirect: "manual" })
    const csp = checkout.headers.get("content-security-policy") ?? ""
    expect(csp).toContain("script-src 'self' 'nonce-")
    expect(csp).toContain("https://js.stripe.com")
    expect(csp).toContain("frame-src https://js.stripe.com https://hooks.stripe.com")
    expect(csp).toContain("connect-src 'self' https://api.stripe.com")
    const cart = await fetch(`${STRIPE_STOREFRONT}/panier`)
    expect(cart.headers.get("content-security-policy")).not.toContain("stripe")
  })
})
