import { NextResponse, type NextRequest } from "next/server"
import { baseSecurityHeaders, contentSecurityPolicy } from "./lib/security-headers"

/**
 * Every page gets a fresh nonce: Next.js reads it from the request's Content-Security-Policy header and
 * stamps it on the scripts it renders, so that no injected script can run.
 */
export function middleware(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
  const { pathname } = request.nextUrl
  const policy = contentSecurityPolicy({
    nonce,
    pathname,
    backendUrl: process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
    development: process.env.NODE_ENV === "development",
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set("x-nonce", nonce)
  requestHeaders.set("Content-Security-Policy", policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set("Content-Security-Policy", policy)
  const hsts = process.env.NODE_ENV === "production" && (process.env.STOREFRONT_URL ?? "").startsWith("https://")
  for (const [name, value] of Object.entries(baseSecurityHeaders(pathname, { hsts }))) {
    response.headers.set(name, value)
  }
  return response
}

export const config = {
  // Pages and their data; built assets and images carry no script to protect (next.config sets nosniff on them).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
}
