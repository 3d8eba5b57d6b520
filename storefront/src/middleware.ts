import createIntlMiddleware from "next-intl/middleware"
import { NextResponse, type NextRequest } from "next/server"
import { alternateLinks, splitLocale } from "./i18n/alternate-links"
import { routing } from "./i18n/routing"
import { baseSecurityHeaders, contentSecurityPolicy, isPerVisitorPage } from "./lib/security-headers"

const intl = createIntlMiddleware(routing)

/**
 * Prefixed addresses (`/en/…`, and `/fr/…` which it sends back to the unprefixed one) go through
 * next-intl. French pages have no prefix and are mapped to their route by next.config's rewrite, not
 * here: Next.js never caches a page that the middleware rewrote. Pages per visitor get a fresh nonce,
 * which Next.js reads from the request's Content-Security-Policy header and stamps on its scripts;
 * cached public pages get the policy without one.
 */
export function middleware(request: NextRequest) {
  const { pathname, origin } = request.nextUrl
  const nonce = isPerVisitorPage(pathname) ? btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16)))) : null
  const policy = contentSecurityPolicy({
    nonce,
    pathname,
    backendUrl: process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
    photosUrl: process.env.S3_PUBLIC_URL || undefined,
    development: process.env.NODE_ENV === "development",
  })
  if (nonce) {
    request.headers.set("Content-Security-Policy", policy)
  }
  const prefixed = /^\/(en|fr)(\/|$)/.test(pathname)
  const response = prefixed ? intl(request) : NextResponse.next({ request: { headers: request.headers } })
  response.headers.set("Content-Security-Policy", policy)
  response.headers.set("Link", alternateLinks(process.env.STOREFRONT_URL ? new URL(process.env.STOREFRONT_URL).origin : origin, pathname))
  const hsts = process.env.NODE_ENV === "production" && (process.env.STOREFRONT_URL ?? "").startsWith("https://")
  for (const [name, value] of Object.entries(baseSecurityHeaders(splitLocale(pathname).path, { hsts }))) {
    response.headers.set(name, value)
  }
  return response
}

export const config = {
  // Pages and their data; not the API routes, QR redirects, built assets, images nor files with an extension.
  matcher: [{ source: "/((?!api|t/|_next|_vercel|.*\\..*).*)" }],
}
