/**
 * Boots the real stack for the browser tests: a fresh PostgreSQL database,
 * migrations and the demo seed, the production build of the storefront and a
 * Medusa server, then stops them all.
 */
import { randomBytes } from "node:crypto"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { buildStorefront } from "../../scripts/lib/build.mjs"
import { ensureDatabase, withDatabase } from "../../scripts/lib/database.mjs"
import { ROOT } from "../../scripts/lib/output.mjs"
import { serve, stopAll, waitForHttp } from "../../scripts/lib/processes.mjs"
import { migrateAndSeed } from "../../scripts/lib/seed.mjs"
import { E2E_BACKEND_PORT, E2E_STOREFRONT_PORT, STOREFRONT_URL } from "./servers"

async function recreateDatabase(url: string) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") })
  await client.connect()
  try {
    await client.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`)
  } finally {
    await client.end()
  }
  await ensureDatabase(url)
}

export async function setup() {
  const databaseUrl =
    process.env.E2E_DATABASE_URL ?? "postgres://postgres@localhost:5432/enjoy_e2e"
  const dataDir = mkdtempSync(path.join(tmpdir(), "enjoy-e2e-"))
  process.env.ENJOY_DATA_DIR = dataDir

  await recreateDatabase(databaseUrl)
  await migrateAndSeed(databaseUrl)
  const publishableKey = readFileSync(path.join(dataDir, "publishable-key"), "utf8").trim()
  await buildStorefront()

  // A production start: secrets are required there, so the test makes throwaway ones.
  serve("e2e-backend", "npx", ["medusa", "start"], {
    cwd: path.join(ROOT, "backend"),
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(E2E_BACKEND_PORT),
      ADMIN_DISABLED: "true",
      JWT_SECRET: randomBytes(16).toString("hex"),
      COOKIE_SECRET: randomBytes(16).toString("hex"),
      LOG_LEVEL: "warn",
    },
  })
  serve("e2e-storefront", "npx", ["next", "start", "-p", String(E2E_STOREFRONT_PORT)], {
    cwd: path.join(ROOT, "storefront"),
    env: {
      MEDUSA_BACKEND_URL: `http://localhost:${E2E_BACKEND_PORT}`,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
    },
  })
  await waitForHttp(`http://localhost:${E2E_BACKEND_PORT}/health`)
  await waitForHttp(STOREFRONT_URL)
}

export async function teardown() {
  await stopAll()
}
