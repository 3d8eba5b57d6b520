import type { MetadataRoute } from "next"
import { listCommunes } from "@/lib/communes"
import { listAllProductPaths } from "@/lib/products"
import { listAllVitrines } from "@/lib/sellers"
import { absolute } from "@/lib/site"
import { productPath, vitrinePath } from "@/lib/paths"

// Read from the backend when asked, never at build time (the build must not need the backend).
export const dynamic = "force-dynamic"

/** The metropole's home, every commune portal, every open establishment's vitrine and its products. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [communes, vitrines, products] = await Promise.all([listCommunes(), listAllVitrines(), listAllProductPaths()])
  // Only the products of establishments that are open (a suspended one's products have no page).
  const open = new Set(vitrines.map((v) => `${v.commune}/${v.handle}`))
  return [
    { url: absolute("/"), changeFrequency: "daily", priority: 1 },
    ...communes.map((c) => ({ url: absolute(`/${c.slug}`), changeFrequency: "daily" as const, priority: 0.8 })),
    ...vitrines.map((v) => ({ url: absolute(vitrinePath(v.commune, v.handle)), changeFrequency: "weekly" as const, priority: 0.6 })),
    ...products
      .filter((p) => open.has(`${p.commune}/${p.establishment}`))
      .map((p) => ({ url: absolute(productPath(p.commune, p.establishment, p.product)), changeFrequency: "weekly" as const, priority: 0.5 })),
  ]
}
