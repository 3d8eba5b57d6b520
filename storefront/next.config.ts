import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

/**
 * Vitrine photos are files the backend serves under /media (its host, any port locally), or objects of
 * the bucket at S3_PUBLIC_URL when the backend stores them on S3-compatible storage.
 */
const backend = new URL(process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000")
const protocolOf = (url: URL) => url.protocol.replace(":", "") as "http" | "https"
type PhotoHost = { protocol: "http" | "https"; hostname: string; port?: string; pathname: string }
const photoHosts: PhotoHost[] = [...new Set([backend.hostname, "localhost"])].map((hostname) => ({
  protocol: protocolOf(backend),
  hostname,
  pathname: "/media/**",
}))
if (process.env.S3_PUBLIC_URL) {
  const bucket = new URL(process.env.S3_PUBLIC_URL)
  photoHosts.push({
    protocol: protocolOf(bucket),
    hostname: bucket.hostname,
    ...(bucket.port ? { port: bucket.port } : {}),
    pathname: `${bucket.pathname.replace(/\/+$/, "")}/**`,
  })
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Built assets and optimised images are never sniffed as another type (pages get theirs from the middleware).
  async headers() {
    return [{ source: "/_next/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }]
  },
  images: { remotePatterns: photoHosts, formats: ["image/avif", "image/webp"] },
  // French pages have no prefix: `/lille` is the route `/fr/lille`. A rewrite here rather than in the
  // middleware, because Next.js serves middleware-rewritten pages per request, never from its cache.
  // Not rewritten: English pages, API routes, QR redirects, built assets and files (robots.txt, icon.svg…).
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/fr" },
        { source: "/:path((?!en$|en/|fr$|fr/|api/|_next/|t/)(?!.*\\.).*)", destination: "/fr/:path" },
      ],
      afterFiles: [],
      fallback: [],
    }
  },
  reactStrictMode: true,
  // Our actions check what they receive with French messages (logos: 70 KB; imports: 60 MB, a SIRENE
  // extract of a large commune): let files up to that size reach them.
  experimental: { serverActions: { bodySizeLimit: "61mb" } },
  // Linting and type checking run once for the whole repository (npm run lint, npm run typecheck), not inside each build.
  eslint: { ignoreDuringBuilds: true },
  typescript: { ignoreBuildErrors: true },
  // Metadata (title, description) goes in <head> for every visitor, not streamed into <body>:
  // screen readers announce the title on load and the markup stays valid.
  htmlLimitedBots: /.*/,
  // The workspace root holds the lockfile; tell Next so it does not guess.
  outputFileTracingRoot: new URL("..", import.meta.url).pathname,
  // Pages and fetched data are cached in this process's memory, never on disk where they would outlive
  // the data they show (cache/memory-handler.cjs). The benchmark's baseline turns the cache off
  // (STOREFRONT_CACHE=off, cache/uncached-handler.cjs): the same build, measured both ways in one run.
  cacheHandler: new URL(
    process.env.STOREFRONT_CACHE === "off" ? "./cache/uncached-handler.cjs" : "./cache/memory-handler.cjs",
    import.meta.url
  ).pathname,
  cacheMaxMemorySize: process.env.STOREFRONT_CACHE === "off" ? 0 : 64 * 1024 * 1024,
}

// The request configuration (language from the URL, messages, Paris time) lives in src/i18n/request.ts.
export default createNextIntlPlugin("./src/i18n/request.ts")(nextConfig)
