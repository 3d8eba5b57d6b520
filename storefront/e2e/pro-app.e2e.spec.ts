import type { Page } from "playwright-core"
import { beforeEach, describe, expect, it } from "vitest"
import { frenchPagePerTest } from "./page"
import { signInPro } from "./pro-helpers"
import { STOREFRONT_URL } from "./servers"

/** Width and height of a PNG, read from its header (IHDR). */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) })

describe("the pro space installs on a phone as an app", () => {
  const current = frenchPagePerTest()
  let page: Page
  beforeEach(() => {
    page = current()
  })

  it("links a manifest that opens /pro full screen, with PNG icons of the sizes it declares", async () => {
    await page.goto(`${STOREFRONT_URL}/pro/connexion`)
    const href = await page.locator('link[rel="manifest"]').getAttribute("href")
    expect(href).toBe("/pro/manifest.webmanifest")
    const response = await fetch(`${STOREFRONT_URL}${href}`)
    expect(response.headers.get("content-type")).toContain("application/manifest+json")
    const manifest = await response.json()
    expect(manifest).toMatchObject({ name: "Enjoy Pro", start_url: "/pro", scope: "/pro", display: "standalone", lang: "fr" })
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      const image = await fetch(`${STOREFRONT_URL}${icon.src}`)
      expect(image.headers.get("content-type")).toBe("image/png")
      const { width, height } = pngSize(Buffer.from(await image.arrayBuffer()))
      expect(`${width}x${height}`).toBe(icon.sizes)
    }
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]))
    // The shoppers' pages are not the pro app.
    await page.goto(`${STOREFRONT_URL}/lille`)
    expect(await page.locator('link[rel="manifest"]').count()).toBe(0)
  })

  it("shows 'Connexion perdue' instead of the browser's error when the network is gone, and keeps no other page", async () => {
    await signInPro(page, /Commerçant/, "camille.boulangerie@enjoy.test", "enjoy-commercant")
    // The counter's page, inside the worker's scope (/pro itself is not: it is the scope without its slash).
    await page.goto(`${STOREFRONT_URL}/pro/bons-plans/valider`)
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
    expect(scope).toBe(`${STOREFRONT_URL}/pro/`)
    // Reloaded once the worker is active, the page is its client: the worker is running and answers its navigations.
    await page.reload()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)

    await page.context().setOffline(true)
    await page.reload().catch(() => null)
    expect(await page.locator("h1").textContent()).toBe("Connexion perdue")
    expect(await page.title()).toBe("Connexion perdue · Enjoy")
    // Nothing on it needs the network: a page with scripts would fail to load them and swap itself for an error screen.
    const needs = await page.evaluate(() => ({
      scripts: document.scripts.length,
      stylesheets: [...document.styleSheets].filter((sheet) => sheet.href).length,
    }))
    expect(needs).toEqual({ scripts: 0, stylesheets: 0 })

    await page.context().setOffline(false)
    await page.getByRole("link", { name: "Réessayer" }).click()
    await page.waitForURL(`${STOREFRONT_URL}/pro`)
    expect(await page.locator("h1").textContent()).not.toBe("Connexion perdue")

    // Only the offline page is kept, fetched without the merchant's cookies: no signed-in data on the phone.
    const kept = await page.evaluate(async () => {
      const names = await caches.keys()
      const requests = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat()
      return requests.map((request) => new URL(request.url).pathname)
    })
    expect(kept).toEqual(["/pro/hors-ligne"])
  })
})
