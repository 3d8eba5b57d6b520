import type { MetadataRoute } from "next"
import { listCommunes } from "@/lib/communes"
import { listAllVitrines } from "@/lib/sellers"
import { absolute } from "@/lib/site"
import { vitrinePath } from "@/lib/paths"

// Read from the backend when asked, never at build time (the build must not need the backend).
export const dynamic = "force-dynamic"

/** The metropole's home, every commune portal and every open establishment's vitrine. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [communes, vitrines] = await Promise.all([listCommunes(), listAllVitrines()])
  return [
    { url: absolute("/"), changeFrequency: "daily", priority: 1 },
    ...communes.map((c) => ({ url: absolute(`/${c.slug}`), changeFrequency: "daily" as const, priority: 0.8 })),
    ...vitrines.map((v) => ({ url: absolute(vitrinePath(v.commune, v.handle)), changeFrequency: "weekly" as const, priority: 0.6 })),
  ]
}
