import type { MetadataRoute } from "next"
import { siteUrl } from "@/lib/site"

export const dynamic = "force-dynamic"

/** Everything public may be crawled except search result pages; the sitemap lists the rest. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/recherche"] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
