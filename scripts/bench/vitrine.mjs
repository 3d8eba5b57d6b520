// `npm run bench vitrine`: what a visitor on a mid-range phone waits for on a vitrine, measured in
// Chromium like Lighthouse's lab metrics (FCP, LCP, CLS, blocking time, bytes) and checked with
// axe-core, against the plainest page of the same storefront (the legal notice) in the same run.
// A phone held in the hand: 390 px wide, touch screen, fresh browser context per load (cold cache),
// 4x CPU slowdown, "fast 4G" network (CDP emulation). The vitrine's cover is a real-size photo
// (4000 × 3000 JPEG, uploaded by its merchant like any other) so LCP and CLS are a real vitrine's.
// Then a load phase: 32 clients for 15 s on a vitrine, a portal and the legal notice (requests/s, p50, p95),
// on the storefront as deployed (behind its shared cache) and on the same build with no cache at all
// (Next.js's off with STOREFRONT_CACHE=off, nothing in front).
/* global window, document, performance, PerformanceObserver, FormData, Blob -- the functions passed to page.evaluate run in the browser; FormData and Blob are Node 20 globals */
import { createRequire } from "node:module"
import { chromium } from "playwright-core"
import { seededBenchBackend } from "../lib/backend.mjs"
import { buildStorefront, serveCachedStorefront, serveStorefront } from "../lib/build.mjs"
import { resolveDatabase, withDatabase } from "../lib/database.mjs"
import { loadTest } from "../lib/load.mjs"
import { log } from "../lib/output.mjs"
import { stopAll, waitForHttp } from "../lib/processes.mjs"
import { percentile } from "../lib/stats.mjs"

const BACKEND_PORT = Number(process.env.BENCH_PORT ?? 9320)
const STOREFRONT_PORT = BACKEND_PORT - 1000
const LOADS = Number(process.env.BENCH_LOADS ?? 7)
const LOAD_CLIENTS = Number(process.env.BENCH_LOAD_CLIENTS ?? 32)
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 15)
const UNDER_LOAD = ["baseline · legal notice", "vitrine", "commune portal"]
const STOREFRONT = `http://localhost:${STOREFRONT_PORT}`
const UNCACHED = `http://localhost:${STOREFRONT_PORT + 2}`
const PAGES = {
  "baseline · legal notice": "/mentions-legales",
  "vitrine": "/lille/etablissements/boulangerie-du-vieux-lille",
  "product": "/lille/etablissements/boulangerie-du-vieux-lille/tarte-au-sucre",
  "commune portal": "/lille",
}
const FAST_4G = { offline: false, latency: 40, downloadThroughput: (9 * 1024 * 1024) / 8, uploadThroughput: (1.5 * 1024 * 1024) / 8 }
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js")

/** Collects paint, layout-shift and long-task entries from the first instant of the page. */
const OBSERVE = () => {
  const seen = { lcp: 0, cls: 0, longTasks: [] }
  new PerformanceObserver((list) => list.getEntries().forEach((e) => (seen.lcp = e.startTime))).observe({ type: "largest-contentful-paint", buffered: true })
  new PerformanceObserver((list) => list.getEntries().forEach((e) => !e.hadRecentInput && (seen.cls += e.value))).observe({ type: "layout-shift", buffered: true })
  new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.longTasks.push([e.startTime, e.duration]))).observe({ type: "longtask", buffered: true })
  window.__enjoyVitals = seen
}

async function load(browser, url) {
  const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send("Network.enable")
  await cdp.send("Network.emulateNetworkConditions", FAST_4G)
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 })
  await page.addInitScript(OBSERVE)
  await page.goto(url, { waitUntil: "load" })
  await page.waitForTimeout(1500)
  const metrics = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType("navigation")
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN
    const vitals = window.__enjoyVitals
    // Blocking time as Lighthouse counts it: the part of each long task beyond 50 ms, after the first paint.
    const tbt = vitals.longTasks.filter(([start]) => start >= fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0)
    const resources = performance.getEntriesByType("resource")
    const bytes = resources.reduce((sum, r) => sum + r.transferSize, nav.transferSize)
    const js = resources.filter((r) => r.initiatorType === "script" || r.name.endsWith(".js")).reduce((sum, r) => sum + r.transferSize, 0)
    return { ttfb: nav.responseStart, fcp, lcp: vitals.lcp, cls: vitals.cls, tbt, kb: bytes / 1024, jsKb: js / 1024 }
  })
  await context.close()
  return metrics
}

async function axeViolations(browser, url) {
  const page = await (await browser.newContext({ locale: "fr-FR" })).newPage()
  await page.goto(url)
  await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })
    return result.violations.length
  })
  await page.context().close()
  return violations
}

/** A phone photo's weight and size: 4000 × 3000, grain and colour so that JPEG cannot shrink it to nothing. */
async function phonePhoto() {
  const sharp = (await import("sharp")).default
  const grain = await sharp({ create: { width: 1000, height: 750, channels: 3, noise: { type: "gaussian", mean: 128, sigma: 60 } } }).blur(1.2).png().toBuffer()
  return sharp(grain).resize(4000, 3000).modulate({ saturation: 1.4 }).jpeg({ quality: 85 }).toBuffer()
}

/** The merchant uploads a real-size photo with its text and makes it the vitrine's cover, through the vendor API. */
async function realSizeCover(backend, handle) {
  const signIn = await fetch(`${backend}/auth/merchant/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "camille.boulangerie@enjoy.test", password: "enjoy-commercant" }),
  })
  const auth = { authorization: `Bearer ${(await signIn.json()).token}` }
  const { sellers } = await (await fetch(`${backend}/vendor/sellers`, { headers: auth })).json()
  const seller = sellers.find((s) => s.handle === handle)
  const form = new FormData()
  form.append("files", new Blob([await phonePhoto()], { type: "image/jpeg" }), "devanture.jpg")
  form.append("alt", "La devanture de la boulangerie au petit matin")
  const uploaded = await fetch(`${backend}/vendor/sellers/${seller.id}/photos`, { method: "POST", headers: auth, body: form })
  if (!uploaded.ok) throw new Error(`photo refused: ${uploaded.status} ${await uploaded.text()}`)
  const { photos } = await uploaded.json()
  const { seller: own } = await (await fetch(`${backend}/vendor/sellers/${seller.id}`, { headers: auth })).json()
  const meta = Object.fromEntries(own.photo_meta.map((m) => [m.url, m]))
  const order = [photos.at(-1), ...photos.slice(0, -1)].map((url) => ({ url, alt: meta[url].alt || undefined, decorative: meta[url].decorative }))
  const arranged = await fetch(`${backend}/vendor/sellers/${seller.id}/photos/arrangement`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({ photos: order }),
  })
  if (!arranged.ok) throw new Error(`arrangement refused: ${arranged.status} ${await arranged.text()}`)
}

let exitCode = 0
try {
  const db = await resolveDatabase()
  const { key, url: backend } = await seededBenchBackend("bench-backend", { databaseUrl: withDatabase(db.url, "enjoy_bench_vitrine"), port: BACKEND_PORT })
  log("Photo de couverture en taille réelle (4000 × 3000) sur la vitrine …")
  await realSizeCover(backend, "boulangerie-du-vieux-lille")
  await buildStorefront()
  // As the demo runs it: next start behind the shared cache (STOREFRONT_PORT + 1 is Next.js itself).
  serveCachedStorefront("bench-storefront", STOREFRONT_PORT, { MEDUSA_BACKEND_URL: backend, MEDUSA_PUBLISHABLE_KEY: key, STOREFRONT_URL: STOREFRONT })
  await waitForHttp(STOREFRONT)
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] })
  const results = {}
  for (const [name, pathname] of Object.entries(PAGES)) {
    log(`${name} : ${LOADS} chargements à froid …`)
    await load(browser, `${STOREFRONT}${pathname}`) // warms the server's caches, not the browser's
    const samples = []
    for (let i = 0; i < LOADS; i++) samples.push(await load(browser, `${STOREFRONT}${pathname}`))
    const p50 = (k) => percentile(samples.map((s) => s[k]), 50)
    results[name] = { ttfb: p50("ttfb"), fcp: p50("fcp"), lcp: p50("lcp"), tbt: p50("tbt"), cls: p50("cls"), kb: p50("kb"), jsKb: p50("jsKb"), axe: await axeViolations(browser, `${STOREFRONT}${pathname}`) }
  }
  await browser.close()

  const base = results["baseline · legal notice"]
  const ms = (v) => `${v.toFixed(0)} ms`
  console.log(`\nMedians of ${LOADS} cold loads each (390 px touch phone, 4x CPU slowdown, fast 4G; vitrine cover 4000×3000); ratio = page ÷ legal notice\n`)
  console.log("| page | TTFB | FCP | LCP | blocking | CLS | transferred | of which JS | axe violations |")
  console.log("|---|---|---|---|---|---|---|---|---|")
  for (const [name, r] of Object.entries(results)) {
    console.log(`| ${name} | ${ms(r.ttfb)} | ${ms(r.fcp)} | ${ms(r.lcp)} | ${ms(r.tbt)} | ${r.cls.toFixed(3)} | ${r.kb.toFixed(0)} KiB | ${r.jsKb.toFixed(0)} KiB | ${r.axe} |`)
  }
  for (const [name, r] of Object.entries(results)) {
    if (r === base) continue
    console.log(`| ratio ${name} | ${(r.ttfb / base.ttfb).toFixed(2)}× | ${(r.fcp / base.fcp).toFixed(2)}× | ${(r.lcp / base.lcp).toFixed(2)}× | — | — | ${(r.kb / base.kb).toFixed(2)}× | ${(r.jsKb / base.jsKb).toFixed(2)}× | — |`)
  }

  // Under load: the server's throughput, not a phone's. The legal notice is the plainest page: the ceiling.
  // The baseline is the same build with no cache at all: Next.js's off, no shared cache in front.
  serveStorefront("bench-storefront-uncached", STOREFRONT_PORT + 2, {
    MEDUSA_BACKEND_URL: backend,
    MEDUSA_PUBLISHABLE_KEY: key,
    STOREFRONT_URL: UNCACHED,
    STOREFRONT_CACHE: "off",
  })
  await waitForHttp(UNCACHED)
  const underLoad = {}
  for (const name of UNDER_LOAD) {
    for (const [variant, origin] of [["cached", STOREFRONT], ["uncached", UNCACHED]]) {
      await fetch(`${origin}${PAGES[name]}`) // renders it once, as a first visitor would
      log(`${name} (${variant}) : ${LOAD_CLIENTS} clients pendant ${LOAD_SECONDS} s …`)
      underLoad[`${name}|${variant}`] = await loadTest(`${origin}${PAGES[name]}`, { clients: LOAD_CLIENTS, seconds: LOAD_SECONDS })
    }
  }
  console.log(`\nUnder load: ${LOAD_CLIENTS} clients for ${LOAD_SECONDS} s each (production build, demo data); ratio = cached ÷ uncached\n`)
  console.log("| page | requests/s | p50 | p95 | failed | uncached requests/s | uncached p50 | uncached p95 | ratio requests/s |")
  console.log("|---|---|---|---|---|---|---|---|---|")
  for (const name of UNDER_LOAD) {
    const [r, u] = [underLoad[`${name}|cached`], underLoad[`${name}|uncached`]]
    console.log(`| ${name} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.failures + u.failures} | ${u.rps.toFixed(0)} | ${ms(u.p50)} | ${ms(u.p95)} | ${(r.rps / u.rps).toFixed(1)}× |`)
  }
  if (Object.values(underLoad).some((r) => r.failures)) {
    exitCode = 1
  }
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  await stopAll()
}
process.exit(exitCode)
