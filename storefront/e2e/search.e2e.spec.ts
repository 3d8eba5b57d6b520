import { readFileSync } from "node:fs"
import path from "node:path"
import { HtmlValidate } from "html-validate"
import { describe, expect, it } from "vitest"
import { loadRelevanceSet, scoreRelevance } from "../../scripts/lib/relevance.mjs"
import { axeViolations, frenchPagePerTest } from "./page"
import { E2E_BACKEND_PORT, STOREFRONT_URL } from "./servers"

const BACKEND = `http://localhost:${E2E_BACKEND_PORT}`

describe("discovery on the seeded demo", () => {
  const current = frenchPagePerTest()

  it("finds at least 90 % of the relevance set's expected hits in the first 10 (PostgreSQL provider)", async () => {
    const key = readFileSync(path.join(process.env.ENJOY_DATA_DIR ?? "", "publishable-key"), "utf8").trim()
    const queries = await loadRelevanceSet(new URL("../../", import.meta.url))
    expect(queries.length).toBeGreaterThanOrEqual(60)
    const responses = []
    for (const { q } of queries) {
      const res = await fetch(`${BACKEND}/store/discover?${new URLSearchParams({ q, limit: "10" })}`, { headers: { "x-publishable-api-key": key } })
      expect(res.status, q).toBe(200)
      responses.push(await res.json())
    }
    const { recall, misses } = scoreRelevance(queries, responses)
    console.log(`recall@10 = ${recall.toFixed(3)} over ${queries.length} queries; below 1: ${misses.map((m: { query: { q: string } }) => m.query.q).join(", ") || "none"}`)
    expect(recall).toBeGreaterThanOrEqual(0.9)
  })

  it("shows results grouped by type, with facets that filter", async () => {
    const page = current()
    await page.goto(`${STOREFRONT_URL}/recherche?q=boulangerie`)
    expect(await page.textContent("h1")).toBe("Rechercher")
    expect(await page.title()).toBe("« boulangerie » — recherche · Enjoy")
    const establishments = page.locator("section", { has: page.getByRole("heading", { name: /^Établissements/ }) })
    await expect.poll(() => establishments.getByRole("link").allTextContents()).toContain("Boulangerie du Pile")

    await page.getByRole("group", { name: "Commune" }).getByLabel(/Roubaix/).check()
    await page.getByRole("button", { name: "Appliquer les filtres" }).click()
    await page.waitForURL(/commune=roubaix/)
    const names = await page.locator("section").filter({ has: page.getByRole("heading", { name: /^Établissements/ }) }).locator(".result__title").allTextContents()
    expect(names).toEqual(["Boulangerie du Pile"])
    expect(await page.getByRole("status").first().textContent()).toMatch(/^\d+ résultats? pour « boulangerie »$/)
  })

  it("reads « promo » as a search for bons plans and « sortie en famille » as one for outings, and says so", async () => {
    const page = current()
    await page.goto(`${STOREFRONT_URL}/recherche?q=promo`)
    expect(await page.locator(".search__notice").first().textContent()).toContain("Vous cherchez un bon plan")
    const deals = page.locator("section").filter({ has: page.getByRole("heading", { name: /^Bons plans/ }) }).locator(".result__title")
    expect(await deals.allTextContents()).toContain("-30 % sur les pulls")
    // Only price cuts: no gift among them.
    expect((await deals.allTextContents()).filter((title) => /offert/i.test(title))).toEqual([])

    await page.goto(`${STOREFRONT_URL}/recherche?q=${encodeURIComponent("sortie en famille")}`)
    expect(await page.locator(".search__notice").first().textContent()).toContain("Vous cherchez une sortie")
    const events = page.locator("section").filter({ has: page.getByRole("heading", { name: /^Agenda/ }) }).locator(".result__title")
    expect(await events.allTextContents()).toEqual(expect.arrayContaining(["Atelier céramique en famille", "Jeux anciens en famille"]))
  })

  it("tolerates a typo and says so", async () => {
    const page = current()
    await page.goto(`${STOREFRONT_URL}/recherche?q=fromagrie`)
    expect(await page.locator(".search__notice").textContent()).toContain("résultats approchants")
    expect(await page.locator(".result__title").allTextContents()).toContain("Fromagerie du Beffroi")
  })

  it("suggests while typing and opens a suggestion with the keyboard only", async () => {
    const page = current()
    await page.goto(`${STOREFRONT_URL}/recherche`)
    const field = page.getByRole("combobox", { name: "Que cherchez-vous ?" })
    await field.focus()
    await page.keyboard.type("fleurs de la", { delay: 30 })
    const option = page.getByRole("option", { name: /Fleurs de la Marque/ })
    await option.waitFor()
    expect(await field.getAttribute("aria-expanded")).toBe("true")
    await page.keyboard.press("ArrowDown")
    expect(await field.getAttribute("aria-activedescendant")).toBe(await page.getByRole("option").first().getAttribute("id"))
    await page.keyboard.press("Enter")
    await page.waitForURL(`${STOREFRONT_URL}/marcq-en-baroeul/etablissements/fleurs-de-la-marque`)
    expect(await page.textContent("h1")).toContain("Fleurs de la Marque")
  })

  it("falls back to the list when the map tiles cannot load (no internet here)", async () => {
    const page = current()
    await page.goto(`${STOREFRONT_URL}/recherche?q=musee&vue=carte`)
    const notice = page.getByText("La carte n'a pas pu se charger")
    await notice.waitFor({ timeout: 15_000 })
    expect(await page.locator(".results-map").count()).toBe(0)
    expect(await page.locator(".result__title").allTextContents()).toContain("MUba Eugène Leroy")
  })

  it("serves valid HTML for the search page", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:standard"],
      rules: { "valid-id": ["error", { relaxed: true }], "no-inline-style": "off" },
    })
    for (const address of ["/recherche", "/recherche?q=pain&commune=lille", "/recherche?q=musee&vue=carte"]) {
      const report = await validator.validateString(await (await fetch(`${STOREFRONT_URL}${address}`)).text())
      expect(report.results.flatMap((r) => r.messages.map((m) => `${address}: ${m.ruleId} ${m.message}`))).toEqual([])
    }
  })

  it("has no WCAG 2.1 A/AA violation that axe-core can detect on the search page", async () => {
    const page = current()
    for (const address of ["/recherche", "/recherche?q=pain", "/recherche?q=vin&type=produits", "/recherche?q=musee&vue=carte"]) {
      await page.goto(`${STOREFRONT_URL}${address}`)
      expect({ address, violations: await axeViolations(page) }).toEqual({ address, violations: [] })
    }
  })
})
