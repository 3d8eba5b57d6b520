import type { NextConfig } from "next"

/** Vitrine photos are files the backend serves under /media: its host, any port locally. */
const backend = new URL(process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000")
const photoHosts = [...new Set([backend.hostname, "localhost"])].map((hostname) => ({
  protocol: backend.protocol.replace(":", "") as "http" | "https",
  hostname,
  pathname: "/media/**",
}))

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Built assets and optimised images are never sniffed as another type (pages get theirs from the middleware).
  async headers() {
    return [{ source: "/_next/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }]
  },
  images: { remotePatterns: photoHosts, formats: ["image/avif", "image/webp"] },
  reactStrictMode: true,
  // Our actions check what they receive with French messages (logos: 70 KB; imports: 60 MB, a SIRENE
  // extract of a large commune): let files up to that size reach them.
  experimental: { serverActions: { bodySizeLimit: "61mb" } },
  // Linting runs once for the whole repository (npm run lint), not inside each build.
  eslint: { ignoreDuringBuilds: true },
  // Metadata (title, description) goes in <head> for every visitor, not streamed into <body>:
  // screen readers announce the title on load and the markup stays valid.
  htmlLimitedBots: /.*/,
  // The workspace root holds the lockfile; tell Next so it does not guess.
  outputFileTracingRoot: new URL("..", import.meta.url).pathname,
}

export default nextConfig
