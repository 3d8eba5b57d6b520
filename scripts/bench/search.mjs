// `npm run bench search`: discovery quality and speed. On the demo data, then on a territory at
// scale (20,000 establishments, 200,000 products by default), it measures recall@10 on the
// repository's relevance set and latency p50/p95 at 1 and 8 concurrent clients, for
// /store/discover (PostgreSQL provider, over HTTP) and for a naive ILIKE search run straight
// on the same documents, in the same run. Ratios are discover ÷ ILIKE.
import { performance } from "node:perf_hooks"
import pg from "pg"
import { seededBenchBackend } from "../lib/backend.mjs"
import { resolveDatabase, withDatabase } from "../lib/database.mjs"
import { log, ROOT } from "../lib/output.mjs"
import { stopAll } from "../lib/processes.mjs"
import { loadRelevanceSet, scoreRelevance } from "../lib/relevance.mjs"
import { seedScale } from "../lib/scale.mjs"
import { summarize } from "../lib/stats.mjs"

const PORT = Number(process.env.BENCH_PORT ?? 9310)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const SCALE = [
  "--communes", process.env.BENCH_SCALE_COMMUNES ?? "95",
  "--establishments", process.env.BENCH_SCALE_ESTABLISHMENTS ?? "20000",
  "--products", process.env.BENCH_SCALE_PRODUCTS ?? "200000",
]
const GROUPS = { establishment: "establishment", product: "product", deal: "deal", event: "agenda_event" }
const TEXT = { establishment: ["name", "description", "commune_name"], product: ["title", "description", "seller_name"], deal: ["title", "description", "seller_name"], event: ["title", "description", "commune_name"] }

/** The PostgreSQL tables behind the active version of each discovery index. */
async function indexTables(pool) {
  const { rows } = await pool.query(
    `select i.name, p.table_name from search_index i
       join search_index_version v on v.search_index_id = i.id and v.version = i.active_version
       join search_postgres_index p on p.name = v.physical_name`
  )
  return Object.fromEntries(rows.map((r) => [r.name, r.table_name]))
}

/** What a team without a search engine writes: the whole query as one ILIKE pattern over a few text fields. */
function naiveSearch(pool, tables) {
  return async (q) => {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    const entries = await Promise.all(
      Object.entries(GROUPS).map(async ([type, index]) => {
        const where = TEXT[type].map((field) => `document->>'${field}' ilike $1`).join(" or ")
        const { rows } = await pool.query(
          `select document, count(*) over () as total from "${tables[index]}" where ${where} limit 10`,
          [pattern]
        )
        return [type, { count: Number(rows[0]?.total ?? 0), hits: rows.map((r) => r.document) }]
      })
    )
    return { groups: Object.fromEntries(entries) }
  }
}

/** /store/discover as the /recherche page asks it: every group, ten hits each, facets for establishments. */
function discoverSearch(backend, key) {
  return async (q) => {
    const url = new URL(`${backend}/store/discover`)
    url.searchParams.set("q", q)
    url.searchParams.set("limit", "10")
    url.searchParams.set("facets", "establishment")
    const res = await fetch(url, { headers: { "x-publishable-api-key": key } })
    if (!res.ok) throw new Error(`/store/discover?q=${q} → ${res.status}`)
    return res.json()
  }
}

/** Latencies of `rounds` passes over the queries, `clients` requests in flight at a time. */
async function latencies(searchFn, queries, clients) {
  const work = Array.from({ length: ROUNDS }, () => queries).flat()
  const samples = []
  let next = 0
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < work.length) {
        const q = work[next++].q
        const started = performance.now()
        await searchFn(q)
        samples.push(performance.now() - started)
      }
    })
  )
  return summarize(samples)
}

async function measure(label, queries, engines) {
  const rows = []
  for (const [name, searchFn] of Object.entries(engines)) {
    for (const q of queries.slice(0, 5)) await searchFn(q.q) // warm-up
    const responses = []
    for (const q of queries) responses.push(await searchFn(q.q))
    const { recall, misses } = scoreRelevance(queries, responses)
    const one = await latencies(searchFn, queries, 1)
    const eight = await latencies(searchFn, queries, 8)
    rows.push({ label, name, recall, one, eight, misses })
    log(`  ${label} · ${name} : recall@10 ${recall.toFixed(3)}, p95 ${one.p95.toFixed(1)} ms (1 client), ${eight.p95.toFixed(1)} ms (8 clients)`)
  }
  return rows
}

function report(rows, counts) {
  const ms = (v) => `${v.toFixed(1).padStart(7)} ms`
  console.log("")
  console.log(`Discovery benchmark — ${ROUNDS} passes over the relevance set per measure (latency from the client)`)
  console.log(`                                   recall@10   p50 ×1      p95 ×1      p50 ×8      p95 ×8`)
  for (const r of rows) {
    console.log(`${`${r.label} · ${r.name}`.padEnd(34)} ${r.recall.toFixed(3).padStart(8)}  ${ms(r.one.p50)} ${ms(r.one.p95)} ${ms(r.eight.p50)} ${ms(r.eight.p95)}`)
  }
  for (const label of new Set(rows.map((r) => r.label))) {
    const [d, b] = rows.filter((r) => r.label === label)
    console.log(
      `${`${label} · ratio discover ÷ ILIKE`.padEnd(34)} ${(d.recall / Math.max(b.recall, 1e-9)).toFixed(2).padStart(7)}× ` +
        ` ${(d.one.p50 / b.one.p50).toFixed(2).padStart(7)}×   ${(d.one.p95 / b.one.p95).toFixed(2).padStart(7)}×   ` +
        `${(d.eight.p50 / b.eight.p50).toFixed(2).padStart(7)}×   ${(d.eight.p95 / b.eight.p95).toFixed(2).padStart(7)}×`
    )
  }
  console.log(`Documents: ${counts.map((c) => `${c.label} ${c.establishment} établissements / ${c.product} produits`).join(" ; ")}`)
  console.log("discover is measured over HTTP through Medusa (4 groups, facets of one); the ILIKE baseline runs straight on PostgreSQL (no HTTP, no facets), which favours it.")
  const misses = rows.filter((r) => r.name === "/store/discover").flatMap((r) => r.misses.map((m) => `${r.label}: « ${m.query.q} » (${m.recall.toFixed(2)})`))
  if (misses.length) console.log(`Queries below full recall with discover: ${misses.join(", ")}`)
}

async function main() {
  const db = await resolveDatabase()
  const url = withDatabase(db.url, "enjoy_bench_search")
  const pool = new pg.Pool({ connectionString: url, max: 8 })
  try {
    const backend = await seededBenchBackend("bench-backend", { databaseUrl: url, port: PORT })
    const queries = await loadRelevanceSet(new URL(`file://${ROOT}/`))
    const counted = async (label) => {
      const tables = await indexTables(pool)
      const count = async (index) => Number((await pool.query(`select count(*) from "${tables[index]}"`)).rows[0].count)
      return { label, establishment: await count("establishment"), product: await count("product") }
    }
    // The indexes fill in the background once the server has started.
    for (let tries = 0; (await counted("démo")).establishment === 0 && tries < 100; tries++) await new Promise((r) => setTimeout(r, 300))
    const engines = async () => ({ "/store/discover": discoverSearch(backend.url, backend.key), "ILIKE naïf": naiveSearch(pool, await indexTables(pool)) })

    log(`Démo : ${queries.length} requêtes du jeu de pertinence …`)
    const rows = await measure("démo", queries, await engines())
    const counts = [await counted("démo")]
    log(`Échelle : génération (${SCALE.join(" ")}) …`)
    await seedScale(url, SCALE)
    await pool.query("analyze")
    rows.push(...(await measure("échelle", queries, await engines())))
    counts.push(await counted("échelle"))
    report(rows, counts)
  } finally {
    await pool.end()
    await stopAll()
    await db.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
