import type { Page } from "playwright-core"
import { describe, expect, it } from "vitest"
import { frenchPagePerTest } from "./page"
import { STOREFRONT_URL } from "./servers"

type Target = { name?: string; text?: string }

/**
 * Presses Tab until the focused element has the given name attribute or
 * starts with the given text, as a keyboard user would, and checks that the
 * focus is visible there. Fails after `max` presses.
 */
async function tabTo(page: Page, target: Target, max = 80) {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press("Tab")
    const found = await page.evaluate(({ name, text }) => {
      const el = document.activeElement
      if (!el || el === document.body) {
        return false
      }
      return name ? el.getAttribute("name") === name : (el.textContent ?? "").trim().startsWith(text ?? "")
    }, target)
    if (found) {
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
      expect({ target, outline }).toEqual({ target, outline: "solid" })
      return
    }
  }
  throw new Error(`Focus never reached ${JSON.stringify(target)} after ${max} Tab presses`)
}

describe("keyboard only", () => {
  const current = frenchPagePerTest()

  it("goes from a search to a confirmed reservation without a mouse", async () => {
    const page = current()
    await page.goto(`${STOREFRONT_URL}/recherche`)
    await tabTo(page, { name: "q" })
    await page.keyboard.type("fleuriste")
    await page.keyboard.press("Enter")
    await page.waitForURL(/q=fleuriste/)

    await tabTo(page, { text: "Fleurs de la Marque" })
    await page.keyboard.press("Enter")
    await page.waitForURL(/\/marcq-en-baroeul\/etablissements\/fleurs-de-la-marque$/)

    await tabTo(page, { name: "quantity" })
    await page.keyboard.press("Control+A")
    await page.keyboard.type("2")
    await tabTo(page, { text: "Ajouter au panier" })
    await page.keyboard.press("Enter")
    await page.getByText("Ajouté au panier.").waitFor()
    await tabTo(page, { text: "Voir le panier" })
    await page.keyboard.press("Enter")
    await page.waitForURL(`${STOREFRONT_URL}/panier`)

    await tabTo(page, { text: "Valider ma commande" })
    await page.keyboard.press("Enter")
    await page.waitForURL(`${STOREFRONT_URL}/panier/validation`)
    await tabTo(page, { name: "first_name" })
    await page.keyboard.type("Jeanne")
    for (const value of ["Dupont", "jeanne.dupont@exemple.fr", "0612345678"]) {
      await page.keyboard.press("Tab")
      await page.keyboard.type(value)
    }
    await tabTo(page, { text: "Confirmer la commande" }, 3)
    await page.keyboard.press("Enter")
    await page.waitForURL(/\/commande\/ogrp_/)
    expect(await page.locator(".order h2").textContent()).toMatch(/^Fleurs de la Marque — Commande n° \d+$/)
    expect(await page.locator(".order li").first().textContent()).toBe("2 × Bouquet de saison — 58,00\u00a0€")
    expect(await page.locator(".order__status").textContent()).toBe("État : Demandée : en attente de confirmation")
  })

  it("opens the header's menu on a phone, closes it with Escape and gives the focus back to its button", async () => {
    const page = current()
    // Hidden from 60rem, where the navigation sits in the bar: a phone's width before the page loads.
    await page.setViewportSize({ width: 390, height: 800 })
    await page.goto(`${STOREFRONT_URL}/lille`)
    const menu = page.locator(".site-header__actions details.site-menu")
    const button = menu.locator("summary")
    const box = await button.boundingBox()
    expect(box!.height).toBeGreaterThanOrEqual(44)
    expect(box!.width).toBeGreaterThanOrEqual(44)
    const isOpen = () => menu.evaluate((details: HTMLDetailsElement) => details.open)
    const deals = menu.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Bons plans du moment" })
    expect(await deals.isVisible()).toBe(false)

    await tabTo(page, { text: "Menu" })
    await page.keyboard.press("Enter")
    expect(await isOpen()).toBe(true)
    expect(await deals.isVisible()).toBe(true)
    await page.keyboard.press("Tab")
    await page.keyboard.press("Escape")
    expect(await isOpen()).toBe(false)
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true)

    // A tap opens it too, and following one of its links closes it on the way.
    await button.click()
    await deals.click()
    await page.waitForURL(`${STOREFRONT_URL}/bons-plans`)
    expect(await page.locator("h1").textContent()).toBe("Bons plans du moment")
  })
})
