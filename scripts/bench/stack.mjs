// `npm run bench stack`: the same loads against one Medusa server, then against two behind our
// round-robin proxy, in one run on one freshly seeded `enjoy_bench_stack` database, the worker and
// Redis (events, workflows, locks, cache) shared as in production. Loads: a vitrine's API read
// (GET /store/sellers/:handle) and a reservation checkout (a cart, then /checkout), each by 8 and by
// 32 closed-loop clients. Prints requests/s, p50/p95 and the ratio two ÷ one.
import { closedLoop, loadTest } from "../lib/load.mjs"
import { treeCpuSeconds } from "../lib/process-cpu.mjs"
import { recreateDatabase, resolveDatabase, withDatabase } from "../lib/database.mjs"
import { log } from "../lib/output.mjs"
import { stopAll } from "../lib/processes.mjs"
import { migrateAndSeed } from "../lib/seed.mjs"
import { redisAnswers, startBackendProcesses } from "../lib/stack.mjs"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { performance } from "node:perf_hooks"

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10)
const CLIENTS = (process.env.BENCH_LOAD_CLIENTS ?? "8,32").split(",").map(Number)
const REDIS_URL = `${process.env.REDIS_URL ?? "redis://127.0.0.1:6379"}/11`
const PORTS = { servers: [9400, 9401], worker: 9402, proxy: 9480 }
const HANDLE = "boulangerie-du-pile"
const MERCHANTS = ["omar.boulangerie", "camille.boulangerie", "bernard.ferme", "claire.primeur"]

async function json(url, init = {}) {
  const res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url} → ${res.status} ${data.message ?? ""}`)
  return data
}

async function main() {
  if (!(await redisAnswers(REDIS_URL))) throw new Error(`Redis ne répond pas sur ${REDIS_URL}`)
  const { default: Redis } = await import("ioredis")
  const redis = new Redis(REDIS_URL)
  await redis.flushdb()
  await redis.quit()
  const db = await resolveDatabase()
  const databaseUrl = withDatabase(db.url, "enjoy_bench_stack")
  process.env.ENJOY_DATA_DIR = mkdtempSync(path.join(tmpdir(), "enjoy-bench-stack-"))
  await recreateDatabase(databaseUrl)
  await migrateAndSeed(databaseUrl)
  const key = readFileSync(path.join(process.env.ENJOY_DATA_DIR, "publishable-key"), "utf8").trim()
  log("Deux serveurs, un worker, le répartiteur …")
  const { servers, proxy, pids } = await startBackendProcesses({
    databaseUrl,
    redisUrl: REDIS_URL,
    serverPorts: PORTS.servers,
    workerPort: PORTS.worker,
    proxyPort: PORTS.proxy,
    env: { LOG_LEVEL: "error" },
  })
  try {
    const store = { "x-publishable-api-key": key }
    const [one] = servers
    // The reservation-mode products of four demo merchants, stock raised so that no checkout is refused
    // for want of it; each client reserves its own product, as shoppers of a whole territory do (checkouts
    // of one product queue on its stock's lock, which is what keeps it from being oversold).
    const variants = []
    for (const login of MERCHANTS) {
      const { token } = await json(`${one}/auth/merchant/emailpass`, {
        method: "POST",
        body: JSON.stringify({ email: `${login}@enjoy.test`, password: "enjoy-commercant" }),
      })
      const merchant = { authorization: `Bearer ${token}` }
      const { sellers } = await json(`${one}/vendor/sellers`, { headers: merchant })
      for (const seller of sellers.filter((s) => s.commerce_mode === "reservation" && s.status === "open")) {
        const { products } = await json(`${one}/vendor/sellers/${seller.id}/products`, { headers: merchant })
        for (const product of products) {
          await json(`${one}/vendor/sellers/${seller.id}/products/${product.id}`, {
            method: "POST",
            headers: merchant,
            body: JSON.stringify({ quantity: 1_000_000 }),
          })
          variants.push(product.variants[0].id)
        }
      }
    }
    log(`${variants.length} produits en réservation, un par client tour à tour.`)
    const { regions } = await json(`${one}/store/regions`, { headers: store })

    let turn = 0
    const checkout = (base) => async () => {
      const variant_id = variants[turn++ % variants.length]
      const { cart } = await json(`${base}/store/carts`, {
        method: "POST",
        headers: store,
        body: JSON.stringify({ region_id: regions[0].id, email: "banc@enjoy.test", items: [{ variant_id, quantity: 1 }] }),
      })
      const { order_group } = await json(`${base}/store/carts/${cart.id}/checkout`, { method: "POST", headers: store })
      return order_group.orders.length === 1
    }
    const cpu = () => ({
      "serveur 1": treeCpuSeconds(pids.servers[0]),
      "serveur 2": treeCpuSeconds(pids.servers[1]),
      worker: treeCpuSeconds(pids.worker),
      "banc (générateur, répartiteur)": process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6,
    })
    const targets = [
      ["un serveur", one],
      ["deux serveurs (répartiteur)", proxy.url],
    ]
    const rows = []
    for (const [load, run] of [
      ["lecture d'une vitrine", (base, clients, seconds) => loadTest(`${base}/store/sellers/${HANDLE}`, { clients, seconds, headers: store })],
      ["réservation (panier + commande)", (base, clients, seconds) => closedLoop({ clients, seconds }, checkout(base))],
    ]) {
      for (const clients of CLIENTS) {
        const figures = []
        for (const [name, base] of targets) {
          log(`${load}, ${clients} clients, ${name} : ${SECONDS} s …`)
          await run(base, 2, 2) // warm-up of the path on this target
          const before = cpu()
          const started = performance.now()
          const measured = await run(base, clients, SECONDS)
          const elapsed = (performance.now() - started) / 1000
          const after = cpu()
          // Each process's share of a core over the measure: what the load kept busy.
          measured.cores = Object.fromEntries(Object.keys(after).map((role) => [role, (after[role] - before[role]) / elapsed]))
          figures.push(measured)
        }
        rows.push({ load, clients, figures })
      }
    }
    console.log(`\nCharge en boucle fermée, ${SECONDS} s par mesure, sur la même base et le même Redis (machine : 2 cœurs)\n`)
    const roles = ["serveur 1", "serveur 2", "worker", "banc (générateur, répartiteur)"]
    console.log(`| charge | clients | cible | req/s | p50 ms | p95 ms | échecs | ratio deux ÷ un (req/s) | cœurs occupés : ${roles.join(" / ")} |`)
    console.log("|---|---|---|---|---|---|---|---|---|")
    for (const { load, clients, figures } of rows) {
      figures.forEach((f, i) => {
        const ratio = i === 1 ? (f.rps / figures[0].rps).toFixed(2) : ""
        const cores = roles.map((role) => f.cores[role].toFixed(2)).join(" / ")
        console.log(`| ${load} | ${clients} | ${targets[i][0]} | ${f.rps.toFixed(1)} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.failures} | ${ratio} | ${cores} |`)
      })
    }
    for (const { load, clients, figures } of rows) {
      figures.forEach((f, i) => f.firstError && console.log(`échec (${load}, ${clients} clients, ${targets[i][0]}) : ${f.firstError}`))
    }
    console.log(
      "\nSur 2 cœurs, les serveurs partagent les mêmes cœurs que PostgreSQL, Redis, le worker et le générateur de charge :" +
        " la colonne « cœurs occupés » dit lequel la charge a tenu occupé, donc ce qui borne le gain d'un second serveur."
    )
  } finally {
    await proxy.close()
    await stopAll()
  }
}

main().catch(async (error) => {
  console.error(error)
  await stopAll()
  process.exit(1)
})
