#!/usr/bin/env node
// `node scripts/screenshots.mjs`: the design's documentation, taken from the running demo (`npm run demo`)
// as a 390 px phone sees it: home, a vitrine, the cart, the merchant's dashboard and the counter's
// redemption screen, into docs/screenshots/. STOREFRONT_URL overrides the demo's address.
/* global window, document -- the functions passed to page.evaluate run in the browser */
import { mkdirSync } from "node:fs"
import path from "node:path"
import { chromium } from "playwright-core"
import { signInDemoMerchant } from "./lib/demo-visits.mjs"
import { log, ROOT } from "./lib/output.mjs"

const BASE = process.env.STOREFRONT_URL ?? "http://localhost:8000"
const OUT = path.join(ROOT, "docs/screenshots")
const PHONE = { locale: "fr-FR", viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true }

mkdirSync(OUT, { recursive: true })
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] })
try {
  const shot = async (page, name) => {
    await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true })
    log(`docs/screenshots/${name}.png`)
  }
  const shopper = await (await browser.newContext(PHONE)).newPage()
  await shopper.goto(BASE)
  await shot(shopper, "390-accueil")
  await shopper.goto(`${BASE}/lille/etablissements/boulangerie-du-vieux-lille`)
  // Scrolled to the end: the sticky "Réserver" bar then sits where the page ends, not across it.
  await shopper.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  await shot(shopper, "390-vitrine")
  await shopper.evaluate(() => window.scrollTo(0, 0))
  await shopper.getByRole("button", { name: "Ajouter au panier : Tarte au sucre" }).tap()
  await shopper.getByText("Ajouté au panier.").waitFor()
  await shopper.goto(`${BASE}/panier`)
  await shot(shopper, "390-panier")

  const merchant = await (await browser.newContext(PHONE)).newPage()
  await signInDemoMerchant(merchant, BASE)
  await shot(merchant, "390-pro-tableau-de-bord")
  // A shopper claims the cheese shop's bon plan, and its merchant redeems the code at the counter.
  await shopper.goto(`${BASE}/bons-plans?commune=tourcoing`)
  const deal = shopper.locator(".result").filter({ has: shopper.getByRole("heading", { name: "Dégustation de maroilles offerte" }) })
  await deal.getByLabel("Votre adresse e-mail (pour recevoir le code)").fill(`capture.${Date.now()}@exemple.fr`)
  await deal.getByRole("button", { name: /^En profiter/ }).tap()
  const code = (await deal.locator(".claim__code").textContent()).trim()
  const counter = await (await browser.newContext(PHONE)).newPage()
  await signInDemoMerchant(counter, BASE, "nadia.cafe@enjoy.test")
  await counter.goto(`${BASE}/pro/bons-plans/valider`)
  await counter.getByLabel("Code du bon plan").fill(code)
  await counter.getByRole("button", { name: "Valider", exact: true }).tap()
  await counter.locator(".redeem-result").waitFor()
  await shot(counter, "390-pro-valider-un-bon-plan")
} finally {
  await browser.close()
}
