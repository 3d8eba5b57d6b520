import type { Browser, BrowserContext, Locator, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium } from "./browser"
import { STOREFRONT_URL } from "./servers"

/** A phone held in one hand: 390 px wide, touch screen, mobile browser. */
const PHONE = { locale: "fr-FR", viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

/** WCAG 2.5.5 (AAA) and the platforms' guidelines: what a thumb hits without a second try. */
const THUMB_PX = 44

/**
 * Taps like a thumb, and notes every target smaller than 44 × 44 CSS px: the journey goes on, and the
 * test lists them all at the end rather than stopping at the first.
 */
function thumb(tooSmall: string[]) {
  return async (target: Locator, what: string) => {
    await target.scrollIntoViewIfNeeded()
    const box = await target.boundingBox()
    if (!box || box.width < THUMB_PX || box.height < THUMB_PX) {
      tooSmall.push(`${what}: ${box ? `${Math.round(box.width)} × ${Math.round(box.height)}` : "not shown"}`)
    }
    await target.tap()
  }
}

/** The page's cumulative layout shift so far (the browser's own entries, summed). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) sum += (entry as PerformanceEntry & { value: number }).value
        }).observe({ type: "layout-shift", buffered: true })
        // Buffered entries come in the observer's first callback; none at all means no callback.
        setTimeout(() => resolve(sum), 500)
      })
  )
}

describe("on a phone, with a thumb", () => {
  let browser: Browser
  const contexts: BrowserContext[] = []
  const phone = async (): Promise<Page> => {
    const context = await browser.newContext(PHONE)
    contexts.push(context)
    return context.newPage()
  }
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("a shopper finds a fromagerie through the menu and the search filters, reserves and claims its bon plan; the merchant confirms, readies and redeems it", async () => {
    const tooSmall: string[] = []
    const tap = thumb(tooSmall)

    // The shopper, from the home page.
    const shopper = await phone()
    await shopper.goto(STOREFRONT_URL)
    const header = shopper.locator(".site-header__actions")
    await tap(header.getByText("Menu", { exact: true }), "menu button")
    await tap(header.getByRole("link", { name: "Rechercher" }), "menu: Rechercher")
    await shopper.waitForURL(`${STOREFRONT_URL}/recherche`)
    const field = shopper.getByRole("combobox", { name: "Que cherchez-vous ?" })
    await tap(field, "search field")
    await field.fill("fromagerie")
    await tap(shopper.locator(".search-box").getByRole("button", { name: "Rechercher" }), "search button")
    await shopper.waitForURL(/q=fromagerie/)
    // Results come first on a phone; the filters wait behind their button.
    expect(await shopper.getByRole("checkbox", { name: /^Tourcoing/ }).isVisible()).toBe(false)
    const filters = shopper.getByRole("complementary", { name: "Filtres" })
    await tap(filters.locator("summary"), "Filtres button")
    await tap(shopper.locator("label").filter({ has: shopper.getByRole("checkbox", { name: /^Tourcoing/ }) }), "filter: Tourcoing")
    await tap(shopper.getByRole("button", { name: "Appliquer les filtres" }), "apply filters")
    await shopper.waitForURL(/commune=tourcoing/)
    expect(await filters.locator("summary").textContent()).toBe("Filtres (1)")
    await tap(shopper.locator(".result__title").getByRole("link", { name: "Fromagerie du Beffroi" }), "result: Fromagerie du Beffroi")
    await shopper.waitForURL(`${STOREFRONT_URL}/tourcoing/etablissements/fromagerie-du-beffroi`)
    // Reading the hours further down, the reserve action stays at the bottom of the screen.
    await shopper.locator("#horaires").scrollIntoViewIfNeeded()
    const sticky = shopper.getByRole("navigation", { name: "Actions rapides" }).getByRole("link", { name: "Réserver un produit" })
    const box = (await sticky.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(844)
    await tap(sticky, "sticky: reserve a product")
    await shopper.waitForURL(/#produits$/)

    await tap(shopper.getByRole("button", { name: "Ajouter au panier : Maroilles AOP" }), "add to cart")
    await shopper.getByText("Ajouté au panier.").waitFor()
    await tap(shopper.getByRole("link", { name: "Voir le panier" }), "see the cart")
    await shopper.waitForURL(`${STOREFRONT_URL}/panier`)
    // Loaded afresh, the cart's count arrives after the page (the header is the same for everyone): it takes
    // a place kept for it and moves nothing (it used to wrap the header and push the page down by 48 px).
    await shopper.reload()
    await shopper.getByRole("link", { name: "Panier (1 article)" }).waitFor()
    expect(await layoutShift(shopper)).toBeLessThan(0.01)
    await tap(shopper.getByRole("link", { name: "Valider ma commande" }), "checkout")
    await shopper.waitForURL(`${STOREFRONT_URL}/panier/validation`)
    const contact = { Prénom: "Inès", Nom: "Benali", "Adresse e-mail": `ines.benali.${Date.now()}@exemple.fr`, Téléphone: "06 98 76 54 32" }
    for (const [label, value] of Object.entries(contact)) {
      const input = shopper.getByLabel(new RegExp(`^${label}`))
      await tap(input, `field ${label}`)
      await input.fill(value)
    }
    await tap(shopper.getByRole("button", { name: "Confirmer la commande" }), "confirm the order")
    await shopper.waitForURL(/\/commande\/ogrp_/)
    const heading = (await shopper.locator(".order h2").textContent()) ?? ""
    expect(heading).toMatch(/^Fromagerie du Beffroi — Commande n° \d+$/)
    const number = heading.replace(/\D+/g, "")

    await shopper.goto(`${STOREFRONT_URL}/bons-plans?commune=tourcoing`)
    const deal = shopper.locator(".result").filter({ has: shopper.getByRole("heading", { name: "Dégustation de maroilles offerte" }) })
    const email = deal.getByLabel("Votre adresse e-mail (pour recevoir le code)")
    await tap(email, "bon plan e-mail field")
    await email.fill(contact["Adresse e-mail"])
    await tap(deal.getByRole("button", { name: /^En profiter/ }), "claim the bon plan")
    const code = (await deal.locator(".claim__code").textContent()) ?? ""
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/)

    // The merchant, at the counter.
    const merchant = await phone()
    await merchant.goto(`${STOREFRONT_URL}/pro/connexion`)
    await tap(merchant.locator("label").filter({ hasText: /^Commerçant/ }), "sign-in: Commerçant")
    for (const [label, value] of [["Adresse e-mail", "nadia.cafe@enjoy.test"], ["Mot de passe", "enjoy-commercant"]]) {
      const input = merchant.getByLabel(label)
      await tap(input, `sign-in ${label}`)
      await input.fill(value)
    }
    await tap(merchant.getByRole("button", { name: "Se connecter" }), "sign in")
    await merchant.waitForURL(`${STOREFRONT_URL}/pro`)
    // The dashboard says what to do today, and leads to it.
    const today = merchant.locator(".result").filter({ hasText: "Fromagerie du Beffroi" }).locator(".today")
    expect(await today.textContent()).toMatch(/^[1-9]\d* réservations? à confirmer, /)
    expect(await today.textContent()).toContain("ces 7 derniers jours")
    await tap(today.getByRole("link", { name: /à confirmer/ }), "dashboard: what to do today")
    await merchant.waitForURL(/\/reservations$/)
    const title = `Réservation n° ${number}`
    await tap(merchant.getByRole("button", { name: `Confirmer — ${title}` }), "confirm the reservation")
    await tap(merchant.getByRole("button", { name: `Marquer prête — ${title}` }), "mark it ready")
    await merchant.getByRole("button", { name: `Marquer retirée — ${title}` }).waitFor()
    // The shopper's phone number is a link that calls it.
    const card = merchant.locator(".reservation").filter({ has: merchant.getByRole("heading", { name: title }) })
    expect(await card.locator('a[href^="tel:"]').getAttribute("href")).toBe("tel:0698765432")

    await tap(merchant.locator(".site-header__actions").getByText("Menu", { exact: true }), "pro menu button")
    await tap(merchant.locator(".site-header__actions").getByRole("link", { name: "Valider un bon plan" }), "menu: Valider un bon plan")
    await merchant.waitForURL(`${STOREFRONT_URL}/pro/bons-plans/valider`)
    const codeField = merchant.getByLabel("Code du bon plan")
    expect(await codeField.getAttribute("inputmode")).toBe("text")
    await tap(codeField, "code field")
    await codeField.fill(code)
    await tap(merchant.getByRole("button", { name: "Valider", exact: true }), "redeem")
    await merchant.locator(".redeem-result--ok").getByText("Bon plan validé : Dégustation de maroilles offerte.").waitFor()
    // The shopper's long e-mail address wraps inside the result instead of widening the page.
    expect(await merchant.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true)

    expect(tooSmall).toEqual([])
    await Promise.all(contexts.map((context) => context.close()))
  })
})
