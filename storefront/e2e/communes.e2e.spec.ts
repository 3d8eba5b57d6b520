import { HtmlValidate } from "html-validate"
import type { Page } from "playwright-core"
import { beforeEach, describe, expect, it } from "vitest"
import { axeViolations, frenchPagePerTest } from "./page"
import { SEED_ESTABLISHMENTS } from "../../seed/data/establishments"
import { MORE_ESTABLISHMENTS } from "../../seed/data/more-establishments"
import { STOREFRONT_URL } from "./servers"

describe("storefront in Chromium, against the seeded backend", () => {
  const current = frenchPagePerTest()
  let page: Page
  beforeEach(() => {
    page = current()
  })

  it("lists the communes on the home page, in French", async () => {
    const response = await page.goto(STOREFRONT_URL)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute("html", "lang")).toBe("fr")
    expect(await page.textContent("h1")).toContain("Vos communes")
    const names = await page.locator(".commune-card__name").allTextContents()
    expect(names).toContain("Lille")
    expect(names).toContain("Villeneuve-d'Ascq")
    expect(names.length).toBe(11)
    // The search box, bons plans of the moment and the next events are on the home page too.
    expect(await page.getByRole("search").getByRole("combobox", { name: "Que cherchez-vous ?" }).count()).toBe(1)
    expect(await page.getByRole("heading", { name: "Bons plans du moment" }).count()).toBe(1)
    expect(await page.locator(".highlights .result").count()).toBeGreaterThan(4)
  })

  it("fetches a linked page when the visitor reaches for its link, not when the link comes into view", async () => {
    // Next.js's flight requests for another page carry an `_rsc` parameter (a prefetch or a navigation).
    const flights: string[] = []
    page.on("request", (request) => {
      if (new URL(request.url()).searchParams.has("_rsc")) flights.push(new URL(request.url()).pathname)
    })
    await page.goto(STOREFRONT_URL, { waitUntil: "networkidle" })
    // Eleven commune cards and the menu are links on screen: none of their pages was downloaded.
    expect(flights).toEqual([])

    await page.getByRole("link", { name: /^Lille/ }).hover()
    await expect.poll(() => flights).toContain("/lille")
    expect(flights.filter((p) => p !== "/lille")).toEqual([])
  })

  it("opens a commune portal showing its name and its logo beside the platform's", async () => {
    await page.goto(STOREFRONT_URL)
    await page.getByRole("link", { name: /^Lille/ }).click()
    await page.waitForURL(`${STOREFRONT_URL}/lille`)

    expect(await page.textContent("h1")).toBe("Bienvenue à Lille")
    expect(await page.title()).toBe("Portail de Lille · Enjoy")

    const logo = page.getByRole("img", { name: "Logo de Lille" })
    await logo.waitFor()
    const loaded = await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)
    expect(loaded).toBe(true)
    expect(await page.getByRole("img", { name: "Enjoy, accueil de la plateforme" }).count()).toBe(1)

    // The banner is painted in the commune's colours.
    const background = await page
      .locator(".portal__banner")
      .evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(background).toBe("rgb(155, 28, 49)")
  })

  it("lists the commune's first open establishments with their opening state, and leads to all of them", async () => {
    await page.goto(`${STOREFRONT_URL}/lille`)
    const names = await page.locator(".establishment__name").allTextContents()
    // The seeded open establishments of Lille, the first eight by name; pending or draft ones are not shown.
    const lille = [...SEED_ESTABLISHMENTS, ...MORE_ESTABLISHMENTS].filter((e) => e.commune === "lille")
    const open = lille.filter((e) => e.status === "open").map((e) => e.name)
    expect(open.length).toBeGreaterThan(8)
    const byName = (a: string, b: string) => a.localeCompare(b, "fr")
    expect(names).toHaveLength(8)
    expect(names.every((name) => open.includes(name))).toBe(true)
    expect(names).not.toContain("Atelier Fil d'Or")
    const states = await page.locator(".opening").allTextContents()
    expect(states).toHaveLength(8)
    for (const state of states) {
      expect(state).toMatch(/^(Ouvert maintenant|Fermé · ouvre \p{L}+ \d\d:\d\d)$/u)
    }

    // The others are not silently left out: a link leads to all of them, a page at a time, with filters.
    await page.getByRole("link", { name: `Voir les ${open.length} commerces et lieux de Lille` }).click()
    await page.waitForURL(/\/recherche\?commune=lille&type=etablissements/)
    const listed: string[] = []
    for (;;) {
      listed.push(...(await page.locator(".result__title").allTextContents()).map((title) => title.trim()))
      const next = page.getByRole("link", { name: /suivante/i })
      if (!(await next.count())) break
      await page.goto(new URL((await next.first().getAttribute("href"))!, STOREFRONT_URL).toString())
    }
    expect(listed.sort(byName)).toEqual(open.sort(byName))
  })

  it("opens an establishment's vitrine with its hours, products and prices", async () => {
    await page.goto(`${STOREFRONT_URL}/lille`)
    await page.getByRole("link", { name: "Boulangerie du Vieux-Lille" }).click()
    await page.waitForURL(`${STOREFRONT_URL}/lille/etablissements/boulangerie-du-vieux-lille`)
    expect(await page.textContent("h1")).toBe("Boulangerie du Vieux-Lille")
    expect(await page.locator(".vitrine__aside th").allTextContents()).toHaveLength(7)
    expect(await page.locator(".vitrine__aside tr").first().textContent()).toBe("lundiFermé")
    const products = await page.locator(".product").allTextContents()
    expect(products).toContainEqual(expect.stringMatching(/Pain au levain 800 g.*4,20\u00a0€/s))
    expect(await page.textContent(".establishment__mode")).toBe(
      "Réservation : réservez en ligne, payez en boutique. À retirer dans les 48 h suivant la commande."
    )

    // An establishment is reached only through its own commune.
    const elsewhere = await page.goto(`${STOREFRONT_URL}/roubaix/etablissements/boulangerie-du-vieux-lille`)
    expect(elsewhere?.status()).toBe(404)
  })

  it("reaches the content first from the keyboard and shows where the focus is", async () => {
    await page.goto(`${STOREFRONT_URL}/roubaix`)
    await page.keyboard.press("Tab")
    const skip = page.getByRole("link", { name: "Aller au contenu principal" })
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true)
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle)
    expect(outline).toBe("solid")
  })

  it("switches to English and back, the language in the address", async () => {
    await page.goto(`${STOREFRONT_URL}/lille`)
    await page.getByRole("link", { name: /English/ }).click()
    await page.waitForURL(`${STOREFRONT_URL}/en/lille`)
    expect(await page.getAttribute("html", "lang")).toBe("en")
    expect(await page.textContent("h1")).toBe("Welcome to Lille")
    await page.getByRole("link", { name: /Français/ }).click()
    await page.waitForURL(`${STOREFRONT_URL}/lille`)
    expect(await page.textContent("h1")).toBe("Bienvenue à Lille")
  })

  it("serves valid HTML for the home page and a portal", async () => {
    // Standard rules; ids may hold ":" (React's streaming markers, valid in HTML5),
    // and inline style is how a portal receives its commune's colours.
    const validator = new HtmlValidate({
      extends: ["html-validate:standard"],
      rules: { "valid-id": ["error", { relaxed: true }], "no-inline-style": "off" },
    })
    for (const path of ["/", "/lille", "/villeneuve-d-ascq", "/lille/etablissements/boulangerie-du-vieux-lille"]) {
      const html = await (await fetch(`${STOREFRONT_URL}${path}`)).text()
      const report = await validator.validateString(html)
      const problems = report.results
        .flatMap((r) => r.messages.map((m) => `${path}: ${m.ruleId} ${m.message}`))
        // React renders a server-action form (progressive enhancement) with action="", which browsers
        // read as "this page"; it is React's markup, not ours.
        .filter((problem) => !problem.endsWith('Attribute "action" has invalid value ""'))
      expect(problems).toEqual([])
    }
  })

  it("has no WCAG 2.1 A/AA violation that axe-core can detect, contrast included", async () => {
    for (const path of ["/", "/lille", "/armentieres", "/tourcoing", "/lille/etablissements/boulangerie-du-vieux-lille"]) {
      await page.goto(`${STOREFRONT_URL}${path}`)
      const violations = await axeViolations(page)
      expect({ path, violations }).toEqual({ path, violations: [] })
    }
  })

  it("answers 404 for a commune without a portal", async () => {
    const response = await page.goto(`${STOREFRONT_URL}/atlantide`)
    expect(response?.status()).toBe(404)
    expect(await page.textContent("h1")).toBe("Page introuvable")
  })
})
