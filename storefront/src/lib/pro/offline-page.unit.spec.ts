import { describe, expect, it } from "vitest"
import { offlinePageHtml } from "./offline-page"

const french = {
  lang: "fr",
  title: "Connexion perdue",
  text: "Votre téléphone n'a plus de réseau.",
  retry: "Réessayer",
  retryHref: "/pro",
  brand: "Enjoy",
}

describe("the pro app's offline page", () => {
  it("is a whole page in the reader's language, with its title, text and a way back", () => {
    const html = offlinePageHtml(french)
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/)
    expect(html).toContain("<title>Connexion perdue · Enjoy</title>")
    expect(html).toContain("<h1>Connexion perdue</h1>")
    expect(html).toContain("<p>Votre téléphone n&#39;a plus de réseau.</p>")
    expect(html).toContain('<a href="/pro">Réessayer</a>')
  })

  it("needs nothing from the network: no script, no stylesheet, no image", () => {
    const html = offlinePageHtml(french)
    expect(html).not.toMatch(/<script|<link|<img|src=/i)
    expect(html).toContain("<style>")
  })

  it("escapes what it is given", () => {
    const html = offlinePageHtml({ ...french, title: '<b>"x"</b> & y', retryHref: '/pro" onclick="x' })
    expect(html).toContain("<h1>&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; y</h1>")
    expect(html).toContain('href="/pro&quot; onclick=&quot;x"')
  })
})
