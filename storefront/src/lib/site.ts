import "server-only"

/**
 * The storefront's public address, for canonical URLs, the sitemap and
 * JSON-LD: STOREFRONT_URL in production, the demo's address otherwise.
 */
export function siteUrl(): string {
  const raw = process.env.STOREFRONT_URL ?? "http://localhost:8000"
  try {
    return new URL(raw).origin
  } catch {
    throw new Error(`STOREFRONT_URL is not a valid URL: ${raw}`)
  }
}

export const absolute = (pathname: string) => `${siteUrl()}${pathname}`
