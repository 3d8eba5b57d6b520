import { describe, expect, it } from "vitest"
import { STOREFRONT_URL } from "./servers"

describe("what search engines read", () => {
  it("serves robots.txt pointing to the sitemap and keeping result pages out", async () => {
    const res = await fetch(`${STOREFRONT_URL}/robots.txt`)
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text).toMatch(/User-Agent: \*/i)
    expect(text).toContain("Disallow: /recherche")
    expect(text).toContain(`Sitemap: ${STOREFRONT_URL}/sitemap.xml`)
  })

  it("lists the home, every commune and every open establishment in sitemap.xml, in both languages", async () => {
    const res = await fetch(`${STOREFRONT_URL}/sitemap.xml`)
    expect(res.status).toBe(200)
    const xml = await res.text()
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
    expect(urls).toContain("/")
    expect(urls).toContain("/lille")
    expect(urls).toContain("/lille/etablissements/boulangerie-du-vieux-lille")
    expect(urls).toContain("/marcq-en-baroeul/etablissements/fleurs-de-la-marque")
    expect(urls).toContain("/lille/etablissements/boulangerie-du-vieux-lille/tarte-au-sucre")
    expect(urls.filter((u) => u.split("/").length === 2 && u !== "/" && u !== "/en")).toHaveLength(11)
    expect(urls).toContain("/en")
    expect(urls).toContain("/en/lille/etablissements/boulangerie-du-vieux-lille")
    expect(urls.filter((u) => u.startsWith("/en")).length * 2).toBe(urls.length)
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${STOREFRONT_URL}/en/lille" />`)
    expect(urls.length).toBeGreaterThan(120)
  })

  it("describes a vitrine with JSON-LD, a canonical URL and Open Graph", async () => {
    const html = await (await fetch(`${STOREFRONT_URL}/lille/etablissements/boulangerie-du-vieux-lille`)).text()
    const script = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)
    expect(script).not.toBeNull()
    const ld = JSON.parse(script![1])
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Store",
      name: "Boulangerie du Vieux-Lille",
      address: { "@type": "PostalAddress", addressLocality: "Lille", addressCountry: "FR" },
      geo: { "@type": "GeoCoordinates" },
    })
    expect(ld.openingHoursSpecification.length).toBeGreaterThan(0)
    expect(ld.openingHoursSpecification[0].dayOfWeek[0]).toMatch(/^https:\/\/schema\.org\/\w+day$/)
    expect(html).toContain(`<link rel="canonical" href="${STOREFRONT_URL}/lille/etablissements/boulangerie-du-vieux-lille"/>`)
    expect(html).toContain('<meta property="og:title" content="Boulangerie du Vieux-Lille · Lille"')
  })
  const jsonLd = (html: string) =>
    JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1])

  it("describes a product with Product/Offer JSON-LD and its canonical URL", async () => {
    const url = `${STOREFRONT_URL}/lille/etablissements/boulangerie-du-vieux-lille/tarte-au-sucre`
    const html = await (await fetch(url)).text()
    expect(jsonLd(html)).toMatchObject({
      "@type": "Product",
      name: "Tarte au sucre",
      offers: {
        "@type": "Offer",
        price: "12.00",
        priceCurrency: "EUR",
        availability: "https://schema.org/InStock",
        seller: { name: "Boulangerie du Vieux-Lille" },
      },
    })
    expect(html).toContain(`<link rel="canonical" href="${url}"/>`)
  })

  it("describes the agenda's events with Event JSON-LD", async () => {
    const events = jsonLd(await (await fetch(`${STOREFRONT_URL}/agenda`)).text())
    expect(events.length).toBeGreaterThan(3)
    for (const event of events) {
      expect(event).toMatchObject({ "@type": "Event", name: expect.any(String), startDate: expect.any(String) })
    }
  })
})

describe("page titles", () => {
  const titleOf = async (path: string) => {
    const response = await fetch(`${STOREFRONT_URL}${path}`)
    const titles = [...(await response.text()).matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1])
    return { status: response.status, titles }
  }

  it("says that a page was not found, once, in the page's language", async () => {
    expect(await titleOf("/lille/etablissements/inconnu")).toEqual({ status: 404, titles: ["Page introuvable · Enjoy"] })
    expect(await titleOf("/en/lille/etablissements/inconnu")).toEqual({ status: 404, titles: ["Page not found · Enjoy"] })
  })

  it("names the commune a list is narrowed to", async () => {
    expect((await titleOf("/agenda?commune=lille")).titles).toEqual(["Agenda à Lille · Enjoy"])
    expect((await titleOf("/bons-plans?commune=roubaix")).titles).toEqual(["Bons plans du moment à Roubaix · Enjoy"])
    expect((await titleOf("/en/agenda?commune=lille")).titles).toEqual(["Events in Lille · Enjoy"])
    // An unknown commune is the whole list, titled as such.
    expect((await titleOf("/agenda?commune=atlantide")).titles).toEqual(["Agenda · Enjoy"])
  })
})
