/**
 * The storefront's security headers. On the pages that are per visitor (cart, checkout, orders, account,
 * /pro, search) scripts run only with the nonce of the page's response (Next.js stamps it on its own
 * scripts). Public pages are rendered once and served from cache to everyone, so they cannot carry a
 * per-response nonce: there, scripts must come from this origin or be Next.js's inline bootstrap
 * ('unsafe-inline'); these pages hold no form of personal data and render no HTML from the backend
 * (React escapes every text, JSON-LD goes through jsonForScript). Stripe's domains are allowed on the checkout page alone, the only one
 * showing its Payment Element; nothing may frame a page; the camera is asked for on the bons plans
 * redemption page only (scanning a code).
 */

/** The page that shows Stripe's Payment Element. */
export const STRIPE_PAGE = "/panier/validation"

/** The counter page that may scan a bon plan's QR code with the camera. */
export const CAMERA_PAGE = "/pro/bons-plans/valider"

/** The map of search results draws OpenStreetMap's tiles. */
const MAP_TILES = "https://tile.openstreetmap.org"

const STRIPE = {
  script: ["https://js.stripe.com"],
  frame: ["https://js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
  img: ["https://*.stripe.com"],
}

/** Pages rendered for one visitor at a time, which get a nonce; every other page is public and cached. */
export const PER_VISITOR_PAGES = ["/panier", "/commande", "/compte", "/pro", "/recherche"]

/** The path without its language prefix: `/en/pro` → `/pro`. */
export function pagePath(pathname: string): string {
  return pathname === "/en" ? "/" : pathname.startsWith("/en/") ? pathname.slice(3) : pathname
}

export function isPerVisitorPage(pathname: string): boolean {
  const path = pagePath(pathname)
  return PER_VISITOR_PAGES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))
}

/** `nonce` is null on cached public pages. */
export type CspInput = {
  nonce: string | null
  pathname: string
  backendUrl: string
  /** Where vitrine photos are read when the backend keeps them on S3-compatible storage (S3_PUBLIC_URL). */
  photosUrl?: string
  development: boolean
}

export function contentSecurityPolicy({ nonce, pathname, backendUrl, photosUrl, development }: CspInput): string {
  const stripe = pagePath(pathname) === STRIPE_PAGE
  const backend = new URL(backendUrl).origin
  const photos = photosUrl ? [new URL(photosUrl).origin] : []
  // 'strict-dynamic': scripts that a nonce'd script loads (Stripe.js) run; host lists are for older browsers.
  const scripts = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ["'unsafe-inline'"]
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...scripts, ...(stripe ? STRIPE.script : []), ...(development ? ["'unsafe-eval'"] : [])],
    // React writes style attributes (progress bars, map markers): styles may be inline, scripts never.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", backend, ...photos, MAP_TILES, ...(stripe ? STRIPE.img : [])],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(stripe ? STRIPE.connect : []), ...(development ? ["ws:"] : [])],
    // The pro space's service worker (/pro/sw.js) and manifest; 'strict-dynamic' would otherwise decide for workers.
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "frame-src": stripe ? STRIPE.frame : ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ")
}

/** Features no page uses are off; the camera only where a merchant scans a bon plan. */
export function permissionsPolicy(pathname: string): string {
  const camera = pagePath(pathname) === CAMERA_PAGE ? "camera=(self)" : "camera=()"
  return [camera, "microphone=()", "geolocation=(self)", "payment=(self)", "usb=()", "interest-cohort=()"].join(", ")
}

/** Headers every response carries, besides the CSP. HSTS only where the site is served over HTTPS in production. */
export function baseSecurityHeaders(pathname: string, options: { hsts: boolean }): Record<string, string> {
  return {
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": permissionsPolicy(pathname),
    ...(options.hsts ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  }
}
