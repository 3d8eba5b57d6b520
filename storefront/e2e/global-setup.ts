/**
 * Boots the real stack for the browser tests: a fresh PostgreSQL database,
 * migrations and the demo seed, the production build of the storefront and a
 * Medusa server, then stops them all.
 */
import { randomBytes } from "node:crypto"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { buildStorefront, serveStorefront } from "../../scripts/lib/build.mjs"
import { serveBackend } from "../../scripts/lib/backend.mjs"
import { recreateDatabase } from "../../scripts/lib/database.mjs"
import { stopAll, waitForHttp } from "../../scripts/lib/processes.mjs"
import { migrateAndSeed } from "../../scripts/lib/seed.mjs"
import { E2E_BACKEND_PORT, E2E_STOREFRONT_PORT, STOREFRONT_URL } from "./servers"

export async function setup() {
  const databaseUrl =
    process.env.E2E_DATABASE_URL ?? "postgres://postgres@localhost:5432/enjoy_e2e"
  const dataDir = mkdtempSync(path.join(tmpdir(), "enjoy-e2e-"))
  process.env.ENJOY_DATA_DIR = dataDir

  // Photos are stored with the backend's address: the e2e backend's, not the demo's.
  const backendUrl = `http://localhost:${E2E_BACKEND_PORT}`
  // The storefront's build reads no data: it runs while the database is migrated and seeded.
  await Promise.all([
    // The demo's accounts are hashed at a lower cost than production's: this database lives for one run.
    recreateDatabase(databaseUrl).then(() =>
      migrateAndSeed(databaseUrl, { BACKEND_URL: backendUrl, AUTH_PASSWORD_HASH_LOG_N: "10" })
    ),
    buildStorefront(),
  ])
  const publishableKey = readFileSync(path.join(dataDir, "publishable-key"), "utf8").trim()
  // For the files that start a storefront of their own (with a Stripe key, say).
  process.env.E2E_PUBLISHABLE_KEY = publishableKey

  // The backend tells the storefront when catalogue pages change; a secret for this run only.
  const revalidateSecret = randomBytes(16).toString("hex")
  serveBackend("e2e-backend", {
    databaseUrl,
    port: E2E_BACKEND_PORT,
    env: { BACKEND_URL: backendUrl, STOREFRONT_URL, REVALIDATE_SECRET: revalidateSecret },
  })
  serveStorefront("e2e-storefront", E2E_STOREFRONT_PORT, {
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    REVALIDATE_SECRET: revalidateSecret,
  })
  await waitForHttp(`http://localhost:${E2E_BACKEND_PORT}/health`)
  await waitForHttp(STOREFRONT_URL)
}

export async function teardown() {
  await stopAll()
}
