// `npm run bench checkout`: checkout of a cart holding 3 establishments (2 reservations, 1 paid
// online; our split into 3 orders) against Medusa's own completion of a one-product cart, measured
// alternately in the same run, against the same seeded database and server. Medusa's completion no
// longer sells establishments' products (one checkout path): the baseline cart holds a product of the
// operator's own, with no establishment.
import { performance } from "node:perf_hooks"
import { seededBenchBackend } from "../lib/backend.mjs"
import { resolveDatabase, withDatabase } from "../lib/database.mjs"
import { log } from "../lib/output.mjs"
import { stopAll } from "../lib/processes.mjs"
import { summarize } from "../lib/stats.mjs"

const PORT = Number(process.env.BENCH_PORT ?? 9300)
const BACKEND = `http://localhost:${PORT}`
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 30)
const WARMUP = 3

// Seeded establishments (handle, merchant login, product title).
const SPLIT = [
  { handle: "boulangerie-du-pile", login: "omar.boulangerie", product: "Baguette tradition" },
  { handle: "ferme-du-melantois", login: "bernard.ferme", product: "Douzaine d'œufs plein air" },
  { handle: "brasserie-du-cretinier", login: "leo.brasserie", product: "Bière blonde 33 cl" },
]

function client(headers) {
  return async (method, route, body, extra = {}) => {
    const res = await fetch(`${BACKEND}${route}`, {
      method,
      headers: { "content-type": "application/json", ...headers, ...extra },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await res.json().catch(() => ({}))
    if (!res.ok) {
      throw new Error(`${method} ${route} → ${res.status} ${data.message ?? ""}`)
    }
    return data
  }
}

/** The variant of a seeded product, its stock raised so that the benchmark never runs out. */
async function stockedVariant({ handle, login, product }) {
  const anonymous = client({})
  const { token } = await anonymous("POST", "/auth/merchant/emailpass", {
    email: `${login}@enjoy.test`,
    password: "enjoy-commercant",
  })
  const merchant = client({ authorization: `Bearer ${token}` })
  const { sellers } = await merchant("GET", "/vendor/sellers")
  const seller = sellers.find((s) => s.handle === handle)
  const { products } = await merchant("GET", `/vendor/sellers/${seller.id}/products`)
  const found = products.find((p) => p.title === product)
  await merchant("POST", `/vendor/sellers/${seller.id}/products/${found.id}`, { quantity: 1_000_000 })
  return found.variants[0].id
}

/** A product of the operator's own (no establishment), in the platform's channel: what Medusa's completion still sells. */
async function operatorVariant() {
  const { token } = await client({})("POST", "/auth/user/emailpass", { email: "operateur@enjoy.test", password: "enjoy-operateur" })
  const admin = client({ authorization: `Bearer ${token}` })
  const { stores } = await admin("GET", "/admin/stores")
  const { shipping_profiles } = await admin("GET", "/admin/shipping-profiles")
  const { product } = await admin("POST", "/admin/products", {
    title: "Carte cadeau de la métropole (référence du banc d'essai)",
    status: "published",
    shipping_profile_id: shipping_profiles[0].id,
    sales_channels: [{ id: stores[0].default_sales_channel_id }],
    options: [{ title: "Format", values: ["Unique"] }],
    variants: [{ title: "Unique", manage_inventory: false, options: { Format: "Unique" }, prices: [{ amount: 20, currency_code: "eur" }] }],
  })
  return product.variants[0].id
}

async function main() {
  const db = await resolveDatabase()
  const url = withDatabase(db.url, "enjoy_bench")
  try {
    const { key } = await seededBenchBackend("bench-backend", { databaseUrl: url, port: PORT })
    const store = client({ "x-publishable-api-key": key })
    const { regions } = await store("GET", "/store/regions")
    const region_id = regions[0].id
    const baselineVariant = await operatorVariant()
    const splitVariants = []
    for (const e of SPLIT) {
      splitVariants.push(await stockedVariant(e))
    }
    const cart = async (variants) =>
      (
        await store("POST", "/store/carts", {
          region_id,
          email: "bench@enjoy.test",
          items: variants.map((variant_id) => ({ variant_id, quantity: 1 })),
        })
      ).cart.id

    /** Medusa's completion, timed alone: shipping and payment are prepared first. */
    const stockCompletion = async () => {
      const id = await cart([baselineVariant])
      const { shipping_options } = await store("GET", `/store/shipping-options?cart_id=${id}`)
      await store("POST", `/store/carts/${id}/shipping-methods`, { option_id: shipping_options[0].id })
      const { payment_collection } = await store("POST", "/store/payment-collections", { cart_id: id })
      await store("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
        provider_id: "pp_system_default",
      })
      const started = performance.now()
      const { type } = await store("POST", `/store/carts/${id}/complete`, {})
      const elapsed = performance.now() - started
      if (type !== "order") throw new Error("Medusa's completion did not make an order")
      return elapsed
    }

    /** Our checkout, timed alone: the online part's payment is prepared first. */
    const splitCheckout = async () => {
      const id = await cart(splitVariants)
      await store("POST", `/store/carts/${id}/online-payment`, { provider_id: "pp_system_default" })
      const started = performance.now()
      const { order_group } = await store("POST", `/store/carts/${id}/checkout`, {})
      const elapsed = performance.now() - started
      if (order_group.orders.length !== 3) throw new Error("The checkout did not make 3 orders")
      return elapsed
    }

    log(`Échauffement (${WARMUP} + ${WARMUP}) puis ${ITERATIONS} mesures de chaque, en alternance …`)
    for (let i = 0; i < WARMUP; i++) {
      await stockCompletion()
      await splitCheckout()
    }
    const baseline = []
    const split = []
    for (let i = 0; i < ITERATIONS; i++) {
      baseline.push(await stockCompletion())
      split.push(await splitCheckout())
      if ((i + 1) % 10 === 0) log(`  ${i + 1}/${ITERATIONS}`)
    }
    const a = summarize(baseline)
    const b = summarize(split)
    const ms = (v) => `${v.toFixed(0).padStart(6)} ms`
    console.log("")
    console.log(`Checkout benchmark — ${ITERATIONS} runs each, same server, same data (PostgreSQL ${db.kind})`)
    console.log(`                                          p50        p95       mean`)
    console.log(`Medusa completion, 1 product         ${ms(a.p50)} ${ms(a.p95)} ${ms(a.mean)}`)
    console.log(`Enjoy checkout, 3 establishments     ${ms(b.p50)} ${ms(b.p95)} ${ms(b.mean)}`)
    console.log(`Ratio (Enjoy / Medusa)               ${(b.p50 / a.p50).toFixed(2).padStart(6)}×   ${(b.p95 / a.p95).toFixed(2).padStart(6)}×`)
    console.log(`Ratio per order made (÷ 3)           ${(b.p50 / a.p50 / 3).toFixed(2).padStart(6)}×   ${(b.p95 / a.p95 / 3).toFixed(2).padStart(6)}×`)
  } finally {
    await stopAll()
    await db.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
