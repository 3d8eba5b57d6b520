import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium } from "./browser"
import { axeViolations } from "./page"
import { signInPro } from "./pro-helpers"
import { BACKEND_URL, vitrine } from "./shop-helpers"

/** The ISO calendar day `days` after another (at noon UTC: no clock change moves it). */
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const parisToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date())
/** Wednesday 11:00 in Paris on the week starting `monday` (winter or summer offset, read from the zone). */
function wednesdayAt11(monday: string): string {
  const day = plusDays(monday, 2)
  const offset = new Intl.DateTimeFormat("en", { timeZone: "Europe/Paris", timeZoneName: "longOffset" })
    .formatToParts(new Date(`${day}T10:00:00Z`))
    .find((p) => p.type === "timeZoneName")!.value.replace("GMT", "")
  return `${day}T11:00:00${offset}`
}

/**
 * A merchant sets the hours with the weekly editor, on a phone: a split shift copied to the working
 * days, a closed day, and next week's annual closure. The vitrine, the discovery "open now" filter and
 * the open-data export then all tell the closure, on a date inside it.
 */
describe("the weekly hours editor", () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchChromium()
    const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    page = await context.newPage()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("sets a split shift, a closed day and an annual closure that the vitrine, the search and the open data all honour", async () => {
    const today = parisToday()
    const nextMonday = plusDays(today, 7 - ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7))
    const nextSunday = plusDays(nextMonday, 6)

    await signInPro(page, /Commerçant/, "accueil.vieille-bourse@enjoy.test", "enjoy-commercant")
    await page.getByRole("link", { name: "Vitrine — Vieille Bourse" }).click()
    await page.waitForURL(/\/pro\/etablissements\/\w+$/)

    const monday = page.getByRole("group", { name: "Lundi", exact: true })
    await monday.getByLabel("Fermé").uncheck()
    await monday.getByRole("group", { name: "Lundi, plage 1" }).getByLabel("Ouverture").fill("10:00")
    await monday.getByRole("group", { name: "Lundi, plage 1" }).getByLabel("Fermeture").fill("12:30")
    await monday.getByRole("group", { name: "Lundi, plage 2" }).getByLabel("Ouverture").fill("14:00")
    await monday.getByRole("group", { name: "Lundi, plage 2" }).getByLabel("Fermeture").fill("18:00")
    await page.getByRole("button", { name: "Copier le lundi sur tous les jours ouvrés" }).click()
    await page.getByText("Horaires du lundi recopiés du mardi au vendredi, et enregistrés.").waitFor()
    const friday = page.getByRole("group", { name: "Vendredi", exact: true })
    expect(await friday.getByRole("group", { name: "Vendredi, plage 2" }).getByLabel("Fermeture").inputValue()).toBe("18:00")

    // A wrong closure is refused with the field named, and nothing is saved.
    await page.getByRole("group", { name: "Dimanche", exact: true }).getByLabel("Fermé").check()
    await page.getByLabel("Du", { exact: true }).fill(nextSunday)
    await page.getByLabel(/^Au/).fill(nextMonday)
    await page.getByRole("button", { name: "Enregistrer les horaires" }).click()
    await page.getByText("Fermeture exceptionnelle : la date de fin (champ « Au ») précède la date de début.").waitFor()

    await page.getByRole("group", { name: "Dimanche", exact: true }).getByLabel("Fermé").check()
    await page.getByLabel("Du", { exact: true }).fill(nextMonday)
    await page.getByLabel(/^Au/).fill(nextSunday)
    await page.getByLabel("Note affichée sur la vitrine (facultatif)").fill("Fermeture annuelle")
    await page.getByRole("button", { name: "Enregistrer les horaires" }).click()
    await page.getByText("Horaires enregistrés.").waitFor()
    await page.getByText(/^Du lundi .* : fermé \(Fermeture annuelle\)$/).waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true)
    expect({ page: "hours editor", violations: await axeViolations(page) }).toEqual({ page: "hours editor", violations: [] })

    // The vitrine: the week as set, and the closure announced.
    const visitor = await page.context().browser()!.newPage({ locale: "fr-FR" })
    await expect.poll(async () => {
      await visitor.goto(vitrine("lille", "vieille-bourse-lille"))
      return visitor.getByRole("row", { name: /lundi/ }).textContent()
    }, { timeout: 20_000 }).toContain("10:00–12:30, 14:00–18:00")
    expect(await visitor.getByRole("row", { name: /dimanche/ }).textContent()).toContain("Fermé")
    expect(await visitor.getByRole("list", { name: "Fermetures et horaires exceptionnels" }).textContent()).toMatch(/^Du lundi .* au dimanche .* : fermé \(Fermeture annuelle\)$/)

    // Discovery: open next Wednesday at 11:00? Not during the closure; the week after, yes.
    const key = process.env.E2E_PUBLISHABLE_KEY ?? ""
    const openAt = async (at: string) => {
      const query = new URLSearchParams({ open_now: "true", at, commune: "lille", types: "establishment", limit: "50" })
      const body = await (await fetch(`${BACKEND_URL}/store/discover?${query}`, { headers: { "x-publishable-api-key": key } })).json()
      return body.groups.establishment.hits.map((hit: { name: string }) => hit.name) as string[]
    }
    await expect.poll(() => openAt(wednesdayAt11(plusDays(nextMonday, 7))), { timeout: 20_000 }).toContain("Vieille Bourse")
    expect(await openAt(wednesdayAt11(nextMonday))).not.toContain("Vieille Bourse")

    // Open data: the hours in OpenStreetMap syntax, closure included, for whoever reuses them.
    const csv = await (await fetch(`${BACKEND_URL}/opendata/communes/lille/establishments.csv`)).text()
    const line = csv.split("\r\n").find((row) => row.includes("Vieille Bourse"))!
    const months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ")
    const osmDay = (iso: string) => `${iso.slice(0, 4)} ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(8)}`
    expect(line).toContain(`Mo-Fr 10:00-12:30,14:00-18:00; Sa 13:00-19:00; ${osmDay(nextMonday)}-${osmDay(nextSunday)} off ""Fermeture annuelle""`)
  })
})
