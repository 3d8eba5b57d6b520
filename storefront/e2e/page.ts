import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, beforeEach } from "vitest"
import { launchChromium } from "./browser"

/**
 * One Chromium per spec file and a fresh French context per test. Call inside
 * a describe; read the page through the returned getter.
 */
export function frenchPagePerTest(): () => Page {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    page = await (await browser.newContext({ locale: "fr-FR" })).newPage()
  })
  return () => page
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")

/**
 * The WCAG 2.1 A/AA violations axe-core finds on the page as it stands, and
 * its best practices (headings in order, every content inside a landmark),
 * as "rule (nodes)".
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not added as a <script>: the per-visitor pages' CSP
  // (nonce only) would refuse a script tag, and the page must be checked under its real policy.
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } })
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`)
  })
}
