import { readdirSync } from "node:fs"
import path from "node:path"
import type { Page } from "playwright-core"
import { describe, expect, it } from "vitest"
import { axeViolations, frenchPagePerTest } from "./page"
import { signInPro } from "./pro-helpers"
import { STOREFRONT_URL } from "./servers"

/** Phone (WCAG 1.4.10 reflow: 320 CSS px), a common phone, a tablet, a desktop. */
const WIDTHS = [320, 390, 768, 1280]
/** Where axe-core checks every page too (WCAG 2.1 A/AA and best practices): the phone most visitors hold. */
const PHONE = 390

type Who = "visitor" | "merchant" | "agent" | "moderator"
type Address = string | ((page: Page) => Promise<string>)

/** The first link on the page at `from` whose address matches, to reach pages named by an id. */
const linkOn = (from: string, pattern: RegExp) => async (page: Page) => {
  await page.goto(`${STOREFRONT_URL}${from}`)
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))
  const found = hrefs.find((href) => pattern.test(href))
  if (!found) throw new Error(`no link matching ${pattern} on ${from}`)
  return found
}
const shop = linkOn("/pro", /^\/pro\/etablissements\/[^/]+$/)
const below = (suffix: string) => async (page: Page) => `${await shop(page)}${suffix}`
const association = linkOn("/pro", /^\/pro\/associations\/[^/]+$/)
/** A moderation case, pending or already decided (other browser tests may have decided them all). */
const moderationCase = async (page: Page) => {
  await page.goto(`${STOREFRONT_URL}/pro/moderation`)
  const states = await page.locator("main a[href*='etat=']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))
  for (const from of ["/pro/moderation", ...states]) {
    const found = await linkOn(from, /^\/pro\/moderation\/[^/?]+$/)(page).catch(() => null)
    if (found) return found
  }
  throw new Error("no moderation case in any state")
}

/**
 * Every page template of storefront/src/app/[locale], with an address showing it and who can see it.
 * The test below fails when a page has no entry here, so a new page cannot be forgotten.
 */
const TEMPLATES: Record<string, [Who, Address]> = {
  "/": ["visitor", "/"],
  "/[commune]": ["visitor", "/lille"],
  "/[commune]/etablissements/[handle]": ["visitor", "/lille/etablissements/boulangerie-du-vieux-lille"],
  "/[commune]/etablissements/[handle]/[produit]": ["visitor", "/lille/etablissements/boulangerie-du-vieux-lille/tarte-au-sucre"],
  "/accessibilite": ["visitor", "/accessibilite"],
  "/agenda": ["visitor", "/agenda"],
  "/bons-plans": ["visitor", "/bons-plans"],
  // Order pages of someone else's group answer with the not-found page (shop.e2e.spec.ts opens real ones).
  "/commande/[id]": ["visitor", "/commande/ogrp_inconnu"],
  "/commande/paiement/[cart]": ["visitor", "/commande/paiement/cart_inconnu"],
  "/compte": ["visitor", "/compte"],
  "/compte/mot-de-passe": ["visitor", "/compte/mot-de-passe?jeton=x&email=a%40b.test"],
  "/compte/mot-de-passe-oublie": ["visitor", "/compte/mot-de-passe-oublie"],
  "/confidentialite": ["visitor", "/confidentialite"],
  "/mentions-legales": ["visitor", "/mentions-legales"],
  // With a product in it: the lines' table is what must fit a 320 px phone.
  "/panier": [
    "visitor",
    async (page) => {
      await page.goto(`${STOREFRONT_URL}/lille/etablissements/boulangerie-du-vieux-lille`)
      await page.getByRole("button", { name: "Ajouter au panier : Tarte au sucre" }).click()
      await page.getByText("Ajouté au panier.").waitFor()
      return "/panier"
    },
  ],
  "/panier/validation": ["visitor", "/panier/validation"],
  "/recherche": ["visitor", "/recherche?q=pain"],
  "/pro/connexion": ["visitor", "/pro/connexion"],
  "/pro/invitation": ["visitor", "/pro/invitation?jeton=x"],
  "/pro/mot-de-passe": ["visitor", "/pro/mot-de-passe?jeton=x&email=a%40b.test"],
  "/pro/mot-de-passe-oublie": ["visitor", "/pro/mot-de-passe-oublie"],
  "/pro/reprendre": ["visitor", "/pro/reprendre"],
  "/pro/hors-ligne": ["visitor", "/pro/hors-ligne"],
  "/pro": ["merchant", "/pro"],
  "/pro/bons-plans/valider": ["merchant", "/pro/bons-plans/valider"],
  "/pro/etablissements/[id]": ["merchant", shop],
  "/pro/etablissements/[id]/agenda": ["merchant", below("/agenda")],
  "/pro/etablissements/[id]/bons-plans": ["merchant", below("/bons-plans")],
  "/pro/etablissements/[id]/produits": ["merchant", below("/produits")],
  "/pro/etablissements/[id]/reservations": ["merchant", below("/reservations")],
  "/pro/etablissements/[id]/statistiques": ["merchant", below("/statistiques")],
  "/pro/commune": ["agent", "/pro/commune"],
  "/pro/commune/cles": ["agent", "/pro/commune/cles"],
  "/pro/commune/import": ["agent", "/pro/commune/import"],
  "/pro/commune/repartition": ["agent", "/pro/commune/repartition"],
  "/pro/commune/reprises": ["agent", "/pro/commune/reprises"],
  "/pro/commune/statistiques": ["agent", "/pro/commune/statistiques"],
  "/pro/journal": ["agent", "/pro/journal"],
  "/pro/moderation": ["agent", "/pro/moderation"],
  "/pro/moderation/[id]": ["agent", moderationCase],
  "/pro/associations/[id]": ["moderator", association],
  "/pro/associations/[id]/membres/[sellerId]": ["moderator", async (page) => linkOn(await association(page), /\/membres\/[^/]+$/)(page)],
}

const SIGN_IN: Record<Exclude<Who, "visitor">, [RegExp, string, string]> = {
  merchant: [/Commerçant/, "camille.boulangerie@enjoy.test", "enjoy-commercant"],
  agent: [/Agent/, "agent.lille@enjoy.test", "enjoy-agent"],
  moderator: [/Modérat/, "presidente.vieux-lille@enjoy.test", "enjoy-moderateur"],
}

/** Pages served by a route handler rather than a page.tsx: the offline page is plain HTML (lib/pro/offline-page.ts). */
const HTML_ROUTE_HANDLERS = ["/pro/hors-ligne"]

/** The routes of storefront/src/app/[locale], as "/a/[b]" strings. */
function pageRoutes(dir = path.join(__dirname, "../src/app/[locale]"), prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pageRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`) : entry.name === "page.tsx" ? [prefix || "/"] : []
  )
}

describe("every page fits the screen from a 320 px phone to a desktop (WCAG 1.4.10), and passes axe-core on a phone", () => {
  const page = frenchPagePerTest()

  it("has an entry for every page template of the storefront", () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual([...pageRoutes(), ...HTML_ROUTE_HANDLERS].sort())
  })

  for (const who of ["visitor", "merchant", "agent", "moderator"] as const) {
    it(`scrolls no page sideways and has no axe-core violation, for ${who === "agent" ? "an" : "a"} ${who}`, async () => {
      const p = page()
      if (who !== "visitor") await signInPro(p, ...SIGN_IN[who])
      const wide: string[] = []
      const violations: string[] = []
      for (const [template, [owner, address]] of Object.entries(TEMPLATES)) {
        if (owner !== who) continue
        const url = typeof address === "string" ? address : await address(p)
        // Loaded once at the narrowest width, then widened: the layout follows the viewport as it would
        // on a phone turned sideways, and each page costs one load instead of one per width.
        await p.setViewportSize({ width: WIDTHS[0], height: 800 })
        await p.goto(`${STOREFRONT_URL}${url}`)
        for (const width of WIDTHS) {
          await p.setViewportSize({ width, height: 800 })
          const scrollWidth = await p.evaluate(() => document.documentElement.scrollWidth)
          if (scrollWidth > width) wide.push(`${template} at ${width} px: ${scrollWidth} px wide`)
          if (width === PHONE) {
            violations.push(...(await axeViolations(p)).map((violation) => `${template}: ${violation}`))
          }
        }
      }
      expect(wide).toEqual([])
      expect(violations).toEqual([])
    })
  }
})
