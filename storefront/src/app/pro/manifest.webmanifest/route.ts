import type { MetadataRoute } from "next"

/**
 * The pro space as an app on a merchant's phone: "Enjoy Pro" opens /pro full screen. Served at
 * /pro/manifest.webmanifest (outside the language routes: the address has a dot, so no language rewrite).
 */
const manifest: MetadataRoute.Manifest = {
  name: "Enjoy Pro",
  short_name: "Enjoy Pro",
  description: "Réservations, bons plans et vitrine de votre établissement, au comptoir.",
  lang: "fr",
  start_url: "/pro",
  scope: "/pro",
  display: "standalone",
  orientation: "portrait",
  background_color: "#ffffff",
  theme_color: "#14213d",
  icons: [
    { src: "/pro/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
    { src: "/pro/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    { src: "/pro/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
}

export const dynamic = "force-static"

export function GET() {
  return new Response(JSON.stringify(manifest), {
    headers: { "content-type": "application/manifest+json; charset=utf-8", "cache-control": "public, max-age=3600" },
  })
}
