import type { Browser, Page } from "playwright-core"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium } from "./browser"
import { axeViolations } from "./page"
import { signInPro } from "./pro-helpers"
import { vitrine } from "./shop-helpers"

/**
 * A merchant adds a phone photo to the vitrine from a phone: refused without its alternative text,
 * then stored upright in WebP at each width; the vitrine serves it with srcset, its size and its
 * text; making it the cover puts it first on the vitrine.
 */
describe("vitrine photos", () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchChromium()
    page = await (await browser.newContext({ locale: "fr-FR", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("asks for the photo's text, serves its widths with their sizes, and makes it the cover", async () => {
    // 4000×3000 as a phone stores it: sideways, with EXIF orientation 6 (a quarter turn) and the make.
    const photo = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#3d6b4f" } })
      .jpeg({ quality: 90 })
      .withExif({ IFD0: { Make: "Téléphone" } })
      .withMetadata({ orientation: 6 })
      .toBuffer()
    await signInPro(page, /Commerçant/, "accueil.citadelle@enjoy.test", "enjoy-commercant")
    await page.getByRole("link", { name: "Vitrine — Citadelle de Lille" }).click()
    await page.waitForURL(/\/pro\/etablissements\/\w+$/)

    const file = { name: "IMG_2041.jpg", mimeType: "image/jpeg", buffer: photo }
    await page.getByLabel(/^Photo \(JPEG/).setInputFiles(file)
    await page.getByRole("button", { name: "Envoyer la photo" }).click()
    await page.getByText("Texte alternatif : ce que montre la photo : le texte alternatif est obligatoire. Décrivez ce que montre la photo, ou indiquez qu'elle est décorative.").waitFor()

    await page.getByLabel(/^Photo \(JPEG/).setInputFiles(file)
    await page.locator("#vitrine-new-alt").fill("La porte Royale de la citadelle, vue du pont")
    await page.getByRole("button", { name: "Envoyer la photo" }).click()
    await page.getByText("Photo ajoutée.").waitFor()
    expect(await page.getByRole("group", { name: "Photo 2" }).getByLabel("Texte alternatif : ce que montre la photo").inputValue()).toBe(
      "La porte Royale de la citadelle, vue du pont"
    )
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true)
    expect({ page: "photo editor", violations: await axeViolations(page) }).toEqual({ page: "photo editor", violations: [] })

    // The seed's placeholder comes first; the new photo becomes the cover.
    await page.getByRole("group", { name: "Photo 2" }).getByLabel("Photo de couverture").check()
    await page.getByRole("button", { name: "Enregistrer les photos" }).click()
    await page.getByText("Photos enregistrées.").waitFor()

    const visitor = await browser.newPage({ locale: "fr-FR", viewport: { width: 390, height: 844 } })
    const cover = visitor.locator(".vitrine__photos img").first()
    await expect.poll(async () => {
      await visitor.goto(vitrine("lille", "citadelle-de-lille"))
      return cover.getAttribute("alt")
    }, { timeout: 20_000 }).toBe("La porte Royale de la citadelle, vue du pont")
    expect([await cover.getAttribute("width"), await cover.getAttribute("height")]).toEqual(["1600", "2133"])
    const srcset = (await cover.getAttribute("srcset")) ?? ""
    expect(srcset.split(", ").map((entry) => entry.split(" ")[1])).toEqual(["480w", "960w", "1600w"])
    // What the phone loaded is one of the WebP widths, upright and without EXIF.
    const loaded = await cover.evaluate((img: HTMLImageElement) => img.currentSrc)
    const bytes = Buffer.from(await (await fetch(loaded)).arrayBuffer())
    const read = await sharp(bytes).metadata()
    expect([read.format, read.exif, read.height! > read.width!]).toEqual(["webp", undefined, true])
    expect(await visitor.locator(".vitrine__photos img").nth(1).getAttribute("alt")).toBe("")

    // Its box has its final size while the file is still on its way: nothing below it moves when it lands.
    const waiting = await browser.newPage({ locale: "fr-FR", viewport: { width: 390, height: 844 } })
    await waiting.route(/\/media\//, () => {}) // held: never answered during this check
    await waiting.goto(vitrine("lille", "citadelle-de-lille"), { waitUntil: "domcontentloaded" })
    const before = await waiting.locator(".vitrine__photos img").first().boundingBox()
    expect(await waiting.locator(".vitrine__photos img").first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(false)
    expect(before).toEqual(await cover.boundingBox())
    await waiting.close()
  })
})
