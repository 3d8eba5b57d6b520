import { describe, expect, it } from "vitest"
import { axeViolations, frenchPagePerTest } from "./page"
import { STOREFRONT_URL } from "./servers"

describe("bons plans and agenda pages", () => {
  const current = frenchPagePerTest()

  it("lists the running bons plans, each linking to its establishment, and narrows to a commune", async () => {
    const page = current()
    await page.goto(`${STOREFRONT_URL}/bons-plans`)
    expect(await page.textContent("h1")).toBe("Bons plans du moment")
    const places = await page.locator(".result__place").allTextContents()
    expect(places.length).toBeGreaterThan(3)
    await page.getByLabel("Commune").selectOption("roubaix")
    await page.getByRole("button", { name: "Afficher" }).click()
    await page.waitForURL(/commune=roubaix/)
    const inRoubaix = await page.locator(".result__place").allTextContents()
    expect(inRoubaix.length).toBeGreaterThan(0)
    expect(inRoubaix.every((text) => text.trim().endsWith("Roubaix"))).toBe(true)
    await page.locator(".result__place a").first().click()
    await page.waitForURL(new RegExp(`${STOREFRONT_URL}/roubaix/etablissements/[a-z0-9-]+$`))
  })

  it("shows the next 30 days of events day by day, narrowed to a commune on demand", async () => {
    const page = current()
    await page.goto(`${STOREFRONT_URL}/agenda`)
    expect(await page.textContent("h1")).toBe("Agenda")
    expect(await page.locator(".agenda-day").count()).toBeGreaterThan(1)
    await page.goto(`${STOREFRONT_URL}/agenda?commune=lille`)
    const places = await page.locator(".result__place").allTextContents()
    expect(places.length).toBeGreaterThan(0)
    expect(places.every((text) => text.trim().endsWith("Lille"))).toBe(true)
  })

  it("has no WCAG 2.1 A/AA violation that axe-core can detect", async () => {
    const page = current()
    for (const address of ["/bons-plans", "/agenda", "/agenda?commune=lille"]) {
      await page.goto(`${STOREFRONT_URL}${address}`)
      expect({ address, violations: await axeViolations(page) }).toEqual({ address, violations: [] })
    }
  })
})
