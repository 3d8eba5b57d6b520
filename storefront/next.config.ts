import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Linting runs once for the whole repository (npm run lint), not inside each build.
  eslint: { ignoreDuringBuilds: true },
  // Metadata (title, description) goes in <head> for every visitor, not streamed into <body>:
  // screen readers announce the title on load and the markup stays valid.
  htmlLimitedBots: /.*/,
  // The workspace root holds the lockfile; tell Next so it does not guess.
  outputFileTracingRoot: new URL("..", import.meta.url).pathname,
}

export default nextConfig
