import type { MetadataRoute } from "next"
import { listCommunes } from "@/lib/communes"
import { listAllProductPaths } from "@/lib/products"
import { listAllVitrines } from "@/lib/sellers"
import { productPath, vitrinePath } from "@/lib/paths"
import { alternates } from "@/lib/seo/alternates"

// Read from the backend when asked, never at build time (the build must not need the backend).
export const dynamic = "force-dynamic"

type Page = { path: string; changeFrequency: "daily" | "weekly"; priority: number }

/** One entry per page and language, each naming its counterpart in the other language (hreflang). */
function inBothLanguages({ path, changeFrequency, priority }: Page): MetadataRoute.Sitemap {
  const { languages } = alternates(path, "fr")
  const urls = { fr: String(languages?.fr), en: String(languages?.en) }
  return Object.values(urls).map((url) => ({ url, changeFrequency, priority, alternates: { languages: urls } }))
}

/** The metropole's home, every commune portal, every open establishment's vitrine and its products, in French and English. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [communes, vitrines, products] = await Promise.all([listCommunes(), listAllVitrines(), listAllProductPaths()])
  // Only the products of establishments that are open (a suspended one's products have no page).
  const open = new Set(vitrines.map((v) => `${v.commune}/${v.handle}`))
  const pages: Page[] = [
    { path: "/", changeFrequency: "daily", priority: 1 },
    ...communes.map((c): Page => ({ path: `/${c.slug}`, changeFrequency: "daily", priority: 0.8 })),
    ...vitrines.map((v): Page => ({ path: vitrinePath(v.commune, v.handle), changeFrequency: "weekly", priority: 0.6 })),
    ...products
      .filter((p) => open.has(`${p.commune}/${p.establishment}`))
      .map((p): Page => ({ path: productPath(p.commune, p.establishment, p.product), changeFrequency: "weekly", priority: 0.5 })),
  ]
  return pages.flatMap(inBothLanguages)
}
