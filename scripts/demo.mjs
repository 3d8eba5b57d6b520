#!/usr/bin/env node
// `npm run demo`: from a fresh clone with only Node, install, find or start
// PostgreSQL, build, migrate, seed, then serve the backend (:9000) and the
// storefront (:8000) until Ctrl-C.
import { randomBytes } from "node:crypto"
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.NEXT_TELEMETRY_DISABLED = "1"

// Dependencies first: nothing below can be imported before they are installed.
if (!existsSync(path.join(ROOT, "node_modules", ".package-lock.json"))) {
  console.log("[enjoy] Installation des dépendances (npm ci, 2 à 3 minutes la première fois) …")
  const install = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: ROOT, stdio: "inherit" })
  if (install.status !== 0) process.exit(install.status ?? 1)
}

const { buildPlugins, buildStorefront, serveCachedStorefront } = await import("./lib/build.mjs")
const { resolveDatabase } = await import("./lib/database.mjs")
const { startMailCatcher } = await import("./lib/mail-catcher.mjs")
const { log } = await import("./lib/output.mjs")
const { serve, stopAll, waitForHttp } = await import("./lib/processes.mjs")
const { migrateAndSeed } = await import("./lib/seed.mjs")

const BACKEND_PORT = Number(process.env.PORT ?? 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT ?? 8000)

let db
let mail
let stopping = false
async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  log("Arrêt en cours …")
  await stopAll()
  await mail?.stop()
  await db?.stop()
  log("Tout est arrêté.")
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  db = await resolveDatabase()
  log(`PostgreSQL ${db.kind}.`)
  await buildPlugins()
  const credentials = await migrateAndSeed(db.url)
  await buildStorefront()

  mail = await startMailCatcher()
  const publishableKey = readFileSync(path.join(ROOT, ".data", "publishable-key"), "utf8").trim()
  log("Démarrage du backend Medusa et de la vitrine …")
  // A secret for this run only: the backend tells the storefront which cached pages changed.
  const revalidateSecret = randomBytes(16).toString("hex")
  const storefrontUrl = process.env.STOREFRONT_URL ?? `http://localhost:${STOREFRONT_PORT}`
  serve("backend", "npx", ["medusa", "develop"], {
    cwd: path.join(ROOT, "backend"),
    env: {
      DATABASE_URL: db.url,
      PORT: String(BACKEND_PORT),
      STOREFRONT_URL: storefrontUrl,
      REVALIDATE_SECRET: revalidateSecret,
      ...(mail.smtpUrl ? { SMTP_URL: mail.smtpUrl } : {}),
    },
  })
  serveCachedStorefront("vitrine", STOREFRONT_PORT, {
    MEDUSA_BACKEND_URL: `http://localhost:${BACKEND_PORT}`,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    STOREFRONT_URL: storefrontUrl,
    REVALIDATE_SECRET: revalidateSecret,
  })
  await waitForHttp(`http://localhost:${BACKEND_PORT}/health`)
  await waitForHttp(`http://localhost:${STOREFRONT_PORT}/`)

  log("Enjoy est prêt.")
  console.log(`
  Vitrine (portails des communes) : http://localhost:${STOREFRONT_PORT}
  Administration (opérateur)      : http://localhost:${BACKEND_PORT}/app
  API                             : http://localhost:${BACKEND_PORT}
  Base de données                 : ${db.kind}
${mail.webUrl ? `  E-mails envoyés par la démo : ${mail.webUrl}\n` : ""}
  Identifiants de démonstration :
${credentials.map((line) => `  ${line.trim()}`).join("\n")}

  Ctrl-C arrête tout proprement.
`)
} catch (error) {
  console.error(`\n[enjoy] La démo n'a pas pu démarrer : ${error.message}`)
  await shutdown(1)
}
