import { startSmtpCatcher } from "@enjoy/notification-smtp/testing"
import { Queue } from "bullmq"
import Redis from "ioredis"
import axios from "axios"
import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import S3rver from "s3rver"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eventually } from "../helpers/eventually"
import { copyTemplate } from "../helpers/runner"
import { type Establishment, streetOn } from "../helpers/shop"
import { testDatabaseUrl } from "../setup/database"
import { OPERATOR } from "./prepare-parties"

/*
 * The backend as `npm run stack` runs it, in real processes: two Medusa servers (WORKER_MODE=server)
 * behind our round-robin proxy and one worker (WORKER_MODE=worker), on one PostgreSQL database, a real
 * Redis (events, workflows, locks, cache), a real SMTP server and a real s3rver. The shopping street
 * is made through server A's HTTP API, like the other tests' (not the demo seed: a minute of CPU).
 */
const worker = Number(process.env.VITEST_POOL_ID ?? 1)
const base = 26_600 + worker * 10
const PORTS = { servers: [base + 1, base + 2], worker: base + 3, proxy: base + 4, smtp: base + 5, s3: base + 6 }
// Its own Redis database, emptied first: queues and locks of no other run.
const REDIS_URL = `${process.env.REDIS_URL ?? "redis://127.0.0.1:6379"}/${12 + (worker % 4)}`
const BUCKET = "enjoy-photos"
const dbName = `enjoy_stack_${worker}_${process.pid}`

let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>
let s3: S3rver
let s3Directory: string
let key: string
let A: string
let B: string
let street: Awaited<ReturnType<typeof streetOn>>
let closeProxy: (() => Promise<void>) | undefined
let shop: Establishment

type Answer = { status: number; data: any }
async function call(baseUrl: string, method: string, route: string, { body, token }: { body?: unknown; token?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { "x-publishable-api-key": key }
  if (token) headers.authorization = `Bearer ${token}`
  if (body !== undefined && !(body instanceof FormData)) headers["content-type"] = "application/json"
  const res = await fetch(`${baseUrl}${route}`, {
    method,
    headers,
    body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, data: text ? JSON.parse(text) : null }
}

// The very scripts `npm run stack` runs (ES modules, hence imported dynamically from this CommonJS file).
const scripts = async () => ({
  ...(await import("../../../scripts/lib/processes.mjs")),
  ...(await import("../../../scripts/lib/stack.mjs")),
})

beforeAll(async () => {
  const { startBackendProcesses } = await scripts()
  const redis = new Redis(REDIS_URL)
  await redis.flushdb()
  await redis.quit()
  smtp = await startSmtpCatcher(PORTS.smtp)
  s3Directory = mkdtempSync(path.join(os.tmpdir(), "enjoy-stack-s3-"))
  s3 = new S3rver({ address: "127.0.0.1", port: PORTS.s3, directory: s3Directory, silent: true, configureBuckets: [{ name: BUCKET, configs: [] }] })
  await s3.run()
  const s3Env = {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${PORTS.s3}`,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_PUBLIC_URL: `http://127.0.0.1:${PORTS.s3}/${BUCKET}`,
  }
  await copyTemplate(dbName)
  const databaseUrl = testDatabaseUrl(dbName)
  // An operator, the platform's store key and a region, made in a container of its own before the servers start.
  const { run } = await import("../../../scripts/lib/processes.mjs")
  const printed = await run("npx", ["medusa", "exec", "./integration-tests/stack/prepare-parties.ts"], {
    cwd: path.resolve(__dirname, "../.."),
    env: { DATABASE_URL: databaseUrl, LOG_LEVEL: "error", ADMIN_DISABLED: "true" },
  })
  const parties = JSON.parse(/STACK_PARTIES (.+)/.exec(printed)![1])
  key = parties.store.headers["x-publishable-api-key"]
  const stack = await startBackendProcesses({
    databaseUrl,
    redisUrl: REDIS_URL,
    serverPorts: PORTS.servers,
    workerPort: PORTS.worker,
    proxyPort: PORTS.proxy,
    env: { ...s3Env, SMTP_URL: smtp.url, STOREFRONT_URL: "https://vitrine.enjoy.test", LOG_LEVEL: "error" },
  })
  ;[A, B] = stack.servers
  closeProxy = stack.proxy.close
  const api = axios.create({ baseURL: A })
  const { data } = await api.post("/auth/user/emailpass", OPERATOR)
  street = await streetOn(api, { ...parties, operator: { headers: { authorization: `Bearer ${data.token}` } } })
  shop = await street.establishment("reservation", { quantity: 10 })
}, 600_000)

afterAll(async () => {
  const { stopAll } = await scripts()
  await closeProxy?.()
  await stopAll()
  await Promise.all([smtp?.close(), s3?.close().catch(() => undefined)])
  rmSync(s3Directory, { recursive: true, force: true })
  const client = new pg.Client({ connectionString: testDatabaseUrl("postgres") })
  await client.connect()
  await client.query(`drop database if exists "${dbName}" with (force)`)
  await client.end()
})

/** The street's bakery, its merchant's token, its product (10 units at the start). */
const bakery = () => ({ ...shop, token: shop.merchant.headers.authorization.replace("Bearer ", "") })

async function cartOn(server: string, variantId: string, email = "lea@exemple.fr") {
  const { data } = await call(server, "POST", "/store/carts", {
    body: { region_id: street.region.id, email, items: [{ variant_id: variantId, quantity: 1 }] },
  })
  return data.cart.id as string
}

describe("two servers and a worker on Redis", () => {
  it("is ready on both servers: PostgreSQL, Redis, the search indexes, SMTP and the bucket", async () => {
    const { waitForReadiness } = await scripts()
    for (const server of [A, B]) {
      const report = await waitForReadiness(`${server}/ready`)
      expect([server, report]).toEqual([
        server,
        { status: "ready", checks: Object.fromEntries(["database", "redis", "search", "smtp", "files"].map((k) => [k, { status: "ok" }])) },
      ])
    }
  })

  it("shares sessions and carts: a token and a cart made on one server work on the other", async () => {
    const shop = bakery()
    const onB = await call(B, "GET", `/vendor/sellers/${shop.sellerId}/reservations`, { token: shop.token })
    expect(onB.status).toBe(200)
    const cartId = await cartOn(A, shop.variantId)
    const { data } = await call(B, "GET", `/store/carts/${cartId}`)
    expect(data.cart.items.map((i: any) => [i.variant_id, i.quantity])).toEqual([[shop.variantId, 1]])
  })

  it("sells the last unit once when two shoppers check out on the two servers at the same moment", async () => {
    const shop = bakery()
    for (let trial = 0; trial < 5; trial++) {
      // A product of one unit, nothing reserved yet.
      const { data: created } = await call(A, "POST", `/vendor/sellers/${shop.sellerId}/products`, {
        body: { title: `Dernière brioche ${trial}`, price: 3, quantity: 1 },
        token: shop.token,
      })
      const variantId = created.product.variants[0].id
      const carts = [await cartOn(A, variantId, `a${trial}@exemple.fr`), await cartOn(B, variantId, `b${trial}@exemple.fr`)]
      const answers = await Promise.all([
        call(A, "POST", `/store/carts/${carts[0]}/checkout`),
        call(B, "POST", `/store/carts/${carts[1]}/checkout`),
      ])
      expect([trial, answers.map((a) => a.status).sort()]).toEqual([trial, [201, 400]])
      expect(answers.find((a) => a.status === 400)!.data.message).toMatch(/stock|disponible/i)
    }
  })

  it("handles an event of server A once, in the worker: one e-mail to the shopper and one to the merchant", async () => {
    const shop = bakery()
    await call(A, "POST", `/vendor/sellers/${shop.sellerId}/products/${shop.productId}`, { body: { quantity: 10 }, token: shop.token })
    const cartId = await cartOn(A, shop.variantId, "unique@exemple.fr")
    const { data } = await call(A, "POST", `/store/carts/${cartId}/checkout`)
    const groupId = data.order_group.id
    await eventually(async () => {
      expect(smtp.to("unique@exemple.fr")).toHaveLength(1)
      expect(smtp.to(shop.merchantEmail).filter((m) => String(m.text).includes(String(data.order_group.orders[0].display_id)))).toHaveLength(1)
    }, 30_000)
    // Nothing more leaves afterwards: no second process picked the event up.
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    expect(smtp.to("unique@exemple.fr")).toHaveLength(1)
    // Every e-mail about this order, to anybody, offered to the SMTP server: two, each once.
    const display = data.order_group.orders[0].display_id
    expect(smtp.received.filter((m) => String(m.subject).includes(`n° ${display} `)).map((m) => m.to)).toHaveLength(2)
    expect(String(smtp.to("unique@exemple.fr")[0].text)).toContain(`/commande/${groupId}`)
  })

  it("runs a scheduled job in the worker only, once per run: its schedule lives in the worker's queue", async () => {
    const jobs = new Queue("medusa-workflows-jobs", { connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }) })
    try {
      const schedules = (await jobs.getRepeatableJobs()).map((j) => j.key)
      for (const name of ["expire-pickup-reservations", "aggregate-statistics", "issue-missing-tags"]) {
        // Medusa names a job's workflow `job-<name>`, and its schedule `schedule_job-<name>`.
        expect(schedules.filter((k) => k.includes(`schedule_job-${name}`))).toHaveLength(1)
      }
      // An overdue reservation, then the job's next run brought forward: it expires, once.
      const shop = bakery()
      await call(A, "POST", `/vendor/sellers/${shop.sellerId}/products/${shop.productId}`, { body: { quantity: 10 }, token: shop.token })
      const cartId = await cartOn(B, shop.variantId, "en-retard@exemple.fr")
      const { data } = await call(B, "POST", `/store/carts/${cartId}/checkout`)
      const reservation = data.order_group.orders[0].reservation.id
      const client = new pg.Client({ connectionString: testDatabaseUrl(dbName) })
      await client.connect()
      await client.query("update pickup_reservation set pickup_deadline = now() - interval '1 hour' where id = $1", [reservation])
      await client.end()
      const next = (await jobs.getDelayed()).find((job) => job.data?.jobId === "job-expire-pickup-reservations")
      expect(next).toBeDefined()
      await next!.promote()
      await eventually(async () => {
        const { data: board } = await call(A, "GET", `/vendor/sellers/${shop.sellerId}/reservations?status=expired`, { token: shop.token })
        expect((board.reservations ?? []).map((r: any) => [r.id, r.status])).toContainEqual([reservation, "expired"])
      }, 30_000)
      await eventually(async () => expect(smtp.to("en-retard@exemple.fr").filter((m) => /expirée/.test(String(m.subject)))).toHaveLength(1), 30_000)
    } finally {
      await jobs.close()
    }
  })

  it("serves through server B a photo uploaded through server A, from the shared bucket", async () => {
    const shop = bakery()
    const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#2f6f4e" } }).jpeg().toBuffer()
    const form = new FormData()
    form.append("files", new Blob([jpeg], { type: "image/jpeg" }), "vitrine.jpg")
    form.append("alt", "La vitrine de la boulangerie")
    const uploaded = await call(A, "POST", `/vendor/sellers/${shop.sellerId}/photos`, { body: form, token: shop.token })
    expect(uploaded.status).toBe(201)
    const url = (uploaded.data.photos as string[]).at(-1)!
    expect(url.startsWith(`http://127.0.0.1:${PORTS.s3}/${BUCKET}/`)).toBe(true)
    const { data } = await call(B, "GET", `/store/sellers/${shop.handle}`)
    expect(data.seller.photos).toContain(url)
    const served = await fetch(url)
    expect([served.status, served.headers.get("content-type")]).toEqual([200, "image/webp"])
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(640)
  })
})
