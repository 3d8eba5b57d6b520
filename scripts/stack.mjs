#!/usr/bin/env node
// `npm run stack`: Enjoy as a metropole runs it, on one machine and without Docker — PostgreSQL (local
// or embedded), Redis (the one on localhost), two Medusa servers (:9000, :9001) behind our round-robin
// proxy (:9080), one worker, MailDev (:1080) for the e-mails, s3rver (:4569) for the photos, and the
// storefront (:8000) reading through the proxy. Ctrl-C stops everything.
import { randomBytes } from "node:crypto"
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.NEXT_TELEMETRY_DISABLED = "1"
if (!existsSync(path.join(ROOT, "node_modules", ".package-lock.json"))) {
  console.error("[enjoy] Installez d'abord les dépendances : npm ci (ou lancez npm run demo une fois).")
  process.exit(1)
}

const { buildPlugins, buildStorefront, serveCachedStorefront } = await import("./lib/build.mjs")
const { resolveDatabase } = await import("./lib/database.mjs")
const { startMailCatcher } = await import("./lib/mail-catcher.mjs")
const { startObjectStore } = await import("./lib/object-store.mjs")
const { log } = await import("./lib/output.mjs")
const { stopAll, waitForHttp } = await import("./lib/processes.mjs")
const { migrateAndSeed } = await import("./lib/seed.mjs")
const { redisAnswers, startBackendProcesses, waitForReadiness } = await import("./lib/stack.mjs")

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379"
const PROXY_PORT = Number(process.env.PROXY_PORT ?? 9080)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT ?? 8000)

let db, mail, store, proxy
let stopping = false
async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  log("Arrêt en cours …")
  await proxy?.close()
  await stopAll()
  await Promise.all([mail?.stop(), store?.stop()])
  await db?.stop()
  log("Tout est arrêté.")
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  if (!(await redisAnswers(REDIS_URL))) {
    throw new Error(
      `Redis ne répond pas sur ${REDIS_URL}. Démarrez-le (redis-server --daemonize yes --port 6379, ` +
        `ou « sudo apt-get install redis-server », ou docker run -p 6379:6379 redis:7) ou indiquez REDIS_URL.`
    )
  }
  db = await resolveDatabase()
  log(`PostgreSQL ${db.kind} ; Redis ${REDIS_URL}.`)
  await buildPlugins()
  mail = await startMailCatcher()
  store = await startObjectStore()
  // The seed's photos go where the servers will read them: the bucket.
  const credentials = await migrateAndSeed(db.url, store.env)
  await buildStorefront()

  log("Démarrage de deux serveurs Medusa, d'un worker et du répartiteur …")
  const publicApi = `http://localhost:${PROXY_PORT}`
  const storefrontUrl = process.env.STOREFRONT_URL ?? `http://localhost:${STOREFRONT_PORT}`
  const revalidateSecret = randomBytes(16).toString("hex")
  const started = await startBackendProcesses({
    databaseUrl: db.url,
    redisUrl: REDIS_URL,
    serverPorts: [9000, 9001],
    workerPort: 9002,
    proxyPort: PROXY_PORT,
    env: {
      BACKEND_URL: publicApi,
      STOREFRONT_URL: storefrontUrl,
      REVALIDATE_SECRET: revalidateSecret,
      ...(mail.smtpUrl ? { SMTP_URL: mail.smtpUrl } : {}),
      ...store.env,
    },
  })
  proxy = started.proxy
  // Readiness of what the servers depend on (PostgreSQL, Redis, search indexes, SMTP, bucket), said in words.
  const ready = await waitForReadiness(`${started.servers[0]}/ready`)
  for (const [name, check] of Object.entries(ready.checks)) {
    log(`  ${name} : ${check.status}${check.detail ? ` (${check.detail})` : ""}`)
  }
  const publishableKey = readFileSync(path.join(ROOT, ".data", "publishable-key"), "utf8").trim()
  serveCachedStorefront("vitrine", STOREFRONT_PORT, {
    MEDUSA_BACKEND_URL: publicApi,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    STOREFRONT_URL: storefrontUrl,
    REVALIDATE_SECRET: revalidateSecret,
    ...(store.env.S3_PUBLIC_URL ? { S3_PUBLIC_URL: store.env.S3_PUBLIC_URL } : {}),
  })
  await waitForHttp(`http://localhost:${STOREFRONT_PORT}/`)

  log("La pile Enjoy est prête.")
  console.log(`
  Vitrine                          : ${storefrontUrl}
  API (répartiteur, tour à tour)   : ${publicApi}
  Serveurs Medusa (API)            : ${started.servers.join(", ")}
  Worker (événements, tâches)      : ${started.worker}/health
  Redis                            : ${REDIS_URL}
  Base de données                  : ${db.kind}
${mail.webUrl ? `  E-mails                          : ${mail.webUrl}\n` : ""}${store.env.S3_PUBLIC_URL ? `  Photos (s3rver)                  : ${store.env.S3_PUBLIC_URL}\n` : ""}
  Identifiants de démonstration : ceux de npm run demo, par exemple
${credentials
  .slice(0, 3)
  // The admin dashboard is not served by this stack's servers (medusa start without a built admin).
  .map((line) => `  ${line.replace(/\s*\(admin [^)]*\)/, "").trim()}`)
  .join("\n")}

  Ctrl-C arrête tout proprement.
`)
} catch (error) {
  console.error(`\n[enjoy] La pile n'a pas pu démarrer : ${error.message}`)
  await shutdown(1)
}
